/**
 * The numbers behind the descent-path figure, all from src/core: the surface (three quadratic
 * bowls, and Rosenbrock and Himmelblau from the core catalogue), its contour lines, the path of
 * gradient descent (fixed step, or backtracking line search) from the start, and the stability
 * landmarks of the Hessian at the minimum. Pure: no DOM, no Plot.
 */
import { roundBowl } from '~/core/surfaces/round-bowl';
import { elongatedBowl } from '~/core/surfaces/elongated-bowl';
import { rotatedBowl } from '~/core/surfaces/rotated-bowl';
import { rosenbrock } from '~/core/surfaces/rosenbrock';
import { himmelblau } from '~/core/surfaces/himmelblau';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import type { Surface2D } from '~/core/loss/objective';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { contourLinesInSteps, type ContourLines } from '~/core/contour/contour-lines';
import type { InSteps } from '~/core/steps/in-steps';
import { configure } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { backtracking } from '~/core/optim/backtracking';
import { descentPathInSteps, type DescentStatus } from '~/core/optim/descent-path';
import { observedBehaviour } from '~/core/optim/observed-behaviour';
import { predictBehaviour, type Behaviour } from '~/core/stability/behaviour';
import { stepThresholds, type StepThresholds } from '~/core/stability/thresholds';
import { contractionFactors, type DirectionFactor } from '~/core/stability/contraction';
import { fromRows } from '~/core/linalg/construct';
import type { Matrix } from '~/core/linalg/matrix';
import { formulaText } from '~/widgets/kit/format';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';
import { lruCache } from '~/widgets/kit/lruCache';
import { clipPath, type Window2D } from '~/core/geometry';
import type { METHODS, State, SurfaceId } from './state';

export type Method = (typeof METHODS)[number];

/** The catalogue surfaces this widget offers (imported one by one: the page carries only these). */
export const SURFACES: Record<SurfaceId, CatalogueSurface> = {
  'round-bowl': roundBowl,
  'elongated-bowl': elongatedBowl,
  'rotated-bowl': rotatedBowl,
  rosenbrock,
  himmelblau,
};

/** The quadratic bowls: one Hessian everywhere, so the eigenvalues predict every run. */
export const QUADRATIC: ReadonlySet<SurfaceId> = new Set(['round-bowl', 'elongated-bowl', 'rotated-bowl']);

/** The drawn window of each surface: equal units on both axes, 4 : 3, minimum and default start inside. */
export const WINDOWS: Record<SurfaceId, Window2D> = {
  'round-bowl': { x: [-9, 11], y: [-9, 6] },
  'elongated-bowl': { x: [-8, 8], y: [-6, 6] },
  'rotated-bowl': { x: [-6, 6], y: [-4.5, 4.5] },
  rosenbrock: { x: [-2, 2], y: [-1, 2] },
  himmelblau: { x: [-6, 6], y: [-4.5, 4.5] },
};

/** Plain-text formulas for captions and summaries, in the parameters w₁, w₂. */
export const FORMULAS = Object.fromEntries(
  Object.entries(SURFACES).map(([id, f]) => [id, `f(w₁, w₂) = ${formulaText(f.formula, ['w₁', 'w₂'])}`]),
) as Record<SurfaceId, string>;

export const ASPECT = 0.75;
const GRID_N = 81;

export interface Contours {
  readonly lines: ContourLines;
  readonly levels: number[];
}

/**
 * Contour lines at f = 1, 4, 9, 16, … on a bowl (evenly spaced rings); at f = 0.5, 1, 2, 4, …
 * (each twice the last) on the other surfaces, whose values span several decades. Cached;
 * `contoursOf.inSteps(id)` computes them a level per piece (prepareModel).
 */
export const contoursOf = cachedInSteps((id: SurfaceId) => id, contoursInSteps, { size: 4 });

function* contoursInSteps(id: SurfaceId): InSteps<Contours> {
  const s = SURFACES[id];
  const w = WINDOWS[id];
  const grid = evaluateGrid((x, y) => s.f(x, y), { x: w.x, y: w.y, nx: GRID_N, ny: GRID_N });
  const levels: number[] = [];
  if (QUADRATIC.has(id)) for (let k = 1; k * k < grid.max && levels.length < 40; k++) levels.push(k * k);
  else for (let v = 0.5; v < grid.max && levels.length < 40; v *= 2) levels.push(v);
  yield;
  return { lines: yield* contourLinesInSteps(grid, levels), levels };
}

export interface PathPoint {
  readonly k: number;
  readonly x: number;
  readonly y: number;
  readonly loss: number;
  readonly gx: number;
  readonly gy: number;
}

export interface Exit {
  /** The step whose point lies outside the window. */
  readonly k: number;
  /** Where the segment towards it crosses the window's edge. */
  readonly x: number;
  readonly y: number;
}

export interface Model {
  readonly id: SurfaceId;
  readonly surface: Surface2D;
  readonly window: Window2D;
  readonly minimum: readonly [number, number];
  readonly start: readonly [number, number];
  readonly eta: number;
  readonly method: Method;
  /** True for the quadratic bowls, where the Hessian's eigenvalues predict the run. */
  readonly quadratic: boolean;
  /** Backtracking only: the smallest and largest step it accepted (0 0 for a fixed step). */
  readonly accepted: readonly [number, number];
  readonly steps: number;
  /** The points drawn: p_0 … p_last, all inside the window and finite. */
  readonly path: PathPoint[];
  /** Set when the path leaves the window (or stops being finite) before `steps`. */
  readonly exit: Exit | null;
  /** The core's account of the run over all its steps. */
  readonly status: DescentStatus;
  readonly observed: 'converges' | 'oscillates' | 'diverges';
  readonly stoppedBecause: string;
  /** What the eigenvalues of the Hessian predict for this η. */
  readonly predicted: Behaviour;
  readonly thresholds: StepThresholds;
  readonly factors: DirectionFactor[];
  /** The step shown by the player, 0 … path.length − 1. */
  readonly at: number;
}

const hessianCache = lruCache<Matrix>({ size: 4 });

/** The Hessian at the surface's minimum number `i` (the bowls have one; Himmelblau four). */
function hessianOf(id: SurfaceId, i: number): Matrix {
  return hessianCache(`${id}|${i}`, () => {
    const s = SURFACES[id];
    const m = s.minima[i] ?? s.minima[0] ?? [0, 0];
    const h = s.hessian?.(m[0], m[1]) ?? [
      [2, 0],
      [0, 2],
    ];
    return fromRows(h);
  });
}

/**
 * The run behind `model(state)`, cached (scrubbing `at` recomputes nothing);
 * `runOf.inSteps(state)` computes it a few hundred descent steps per piece (prepareModel).
 */
export const runOf = cachedInSteps(
  (s: State) => `${s.surface}|${s.method}|${s.x}|${s.y}|${s.eta}|${s.steps}`,
  (s: State) => run(s.surface, s.method, s.x, s.y, s.eta, s.steps),
  { size: 16 },
);

export function model(state: State): Model {
  const base = runOf(state);
  const at = Math.max(0, Math.min(base.path.length - 1, Math.round(state.at)));
  return { ...base, at };
}

function* run(
  id: SurfaceId,
  method: Method,
  sx: number,
  sy: number,
  eta: number,
  steps: number,
): InSteps<Omit<Model, 'at'>> {
  const surface = SURFACES[id];
  const window = WINDOWS[id];
  const x0 = Math.min(window.x[1], Math.max(window.x[0], sx));
  const y0 = Math.min(window.y[1], Math.max(window.y[0], sy));
  const options = { maxSteps: steps };
  const run =
    method === 'armijo'
      ? yield* descentPathInSteps(surface, configure(backtracking, { initialStep: eta }), [x0, y0], options)
      : yield* descentPathInSteps(surface, configure(gradientDescent, { learningRate: eta }), [x0, y0], options);
  yield;
  // Drawn up to where the path leaves the window; a run the core stopped (its numbers left the
  // finite range) while still inside is marked where it stopped.
  const clip = clipPath(run.points, window, { stopped: run.status === 'diverged' && run.steps < steps });
  const path: PathPoint[] = [];
  for (let k = 0; k <= clip.lastInside; k++) {
    const p = run.points[k]!;
    const g = surface.gradient(p);
    path.push({ k, x: p[0]!, y: p[1]!, loss: run.losses[k]!, gx: g[0]!, gy: g[1]! });
  }
  const at = clip.exit?.at ?? null;
  const exit: Exit | null = clip.exit !== null && at !== null ? { k: clip.exit.index, x: at[0], y: at[1] } : null;
  // The minimum the run heads for: the known minimum nearest to where it ends.
  const end = path[path.length - 1]!;
  let nearest = 0;
  surface.minima.forEach(([mx, my], i) => {
    const [bx, by] = surface.minima[nearest]!;
    if (Math.hypot(mx - end.x, my - end.y) < Math.hypot(bx - end.x, by - end.y)) nearest = i;
  });
  const h = hessianOf(id, nearest);
  const minimum = surface.minima[nearest] ?? [0, 0];
  // The step each iteration took: its length over the gradient's (for a fixed step, η itself).
  let lo = Infinity;
  let hi = 0;
  if (method === 'armijo') {
    for (let k = 0; k + 1 < run.points.length; k++) {
      const a = run.points[k]!;
      const b = run.points[k + 1]!;
      const g = run.gradNorms[k]!;
      if (!(g > 0)) continue;
      const step = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) / g;
      lo = Math.min(lo, step);
      hi = Math.max(hi, step);
    }
  }
  return {
    id,
    surface,
    window,
    minimum,
    start: [x0, y0],
    eta,
    method,
    quadratic: QUADRATIC.has(id),
    accepted: hi > 0 ? [lo, hi] : [0, 0],
    steps,
    path,
    exit,
    status: run.status,
    observed: observedBehaviour(run),
    stoppedBecause: run.stoppedBecause,
    predicted: predictBehaviour(eta, h),
    thresholds: stepThresholds(h),
    factors: contractionFactors(eta, h),
  };
}

/** The point the player shows. */
export function current(m: Model): PathPoint {
  return m.path[m.at]!;
}
