/**
 * The numbers behind the descent-path figure, all from src/core: the surface, its contour
 * lines, the gradient-descent path from the start, and the stability landmarks of the bowl.
 * Pure: no DOM, no Plot.
 */
import { roundBowl, elongatedBowl, rotatedBowl } from '~/core/loss/bowls';
import type { Surface2D } from '~/core/loss/objective';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { contourLines, type ContourLines } from '~/core/contour/contour-lines';
import { configure } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { descentPath, type DescentStatus } from '~/core/optim/descent-path';
import { observedBehaviour } from '~/core/optim/observed-behaviour';
import { predictBehaviour, type Behaviour } from '~/core/stability/behaviour';
import { stepThresholds, type StepThresholds } from '~/core/stability/thresholds';
import { contractionFactors, type DirectionFactor } from '~/core/stability/contraction';
import { fromRows } from '~/core/linalg/construct';
import type { Matrix } from '~/core/linalg/matrix';
import { lruCache } from '~/widgets/kit/lruCache';
import { exitPoint, inside, type Window } from './geometry';
import type { State, SurfaceId } from './state';

export const SURFACES: Record<SurfaceId, Surface2D> = {
  'round-bowl': roundBowl,
  'elongated-bowl': elongatedBowl,
  'rotated-bowl': rotatedBowl,
};

/** The drawn window of each surface: equal units on both axes, 4 : 3, minimum and default start inside. */
export const WINDOWS: Record<SurfaceId, Window> = {
  'round-bowl': { x: [-9, 11], y: [-9, 6] },
  'elongated-bowl': { x: [-8, 8], y: [-6, 6] },
  'rotated-bowl': { x: [-6, 6], y: [-4.5, 4.5] },
};

/** Plain-text formulas for captions and summaries. */
export const FORMULAS: Record<SurfaceId, string> = {
  'round-bowl': 'f(x, y) = (x − 2)² + (y + 3)²',
  'elongated-bowl': 'f(x, y) = x² + 10y²',
  'rotated-bowl': 'f(x, y) = 6x² − 8xy + 6y²',
};

export const ASPECT = 0.75;
const GRID_N = 81;

export interface Contours {
  readonly lines: ContourLines;
  readonly levels: number[];
}

const contourCache = lruCache<Contours>({ size: 4 });

/** Contour lines at f = 1, 4, 9, 16, …: on a quadratic bowl they are evenly spaced rings. */
export function contoursOf(id: SurfaceId): Contours {
  return contourCache(id, () => {
    const s = SURFACES[id];
    const w = WINDOWS[id];
    const grid = evaluateGrid((x, y) => s.f(x, y), { x: w.x, y: w.y, nx: GRID_N, ny: GRID_N });
    const levels: number[] = [];
    for (let k = 1; k * k < grid.max && levels.length < 40; k++) levels.push(k * k);
    return { lines: contourLines(grid, levels), levels };
  });
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
  readonly window: Window;
  readonly minimum: readonly [number, number];
  readonly start: readonly [number, number];
  readonly eta: number;
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

function hessianOf(id: SurfaceId): Matrix {
  return hessianCache(id, () => {
    const s = SURFACES[id];
    const m = s.minima[0] ?? [0, 0];
    const h = s.hessian?.(m[0], m[1]) ?? [
      [2, 0],
      [0, 2],
    ];
    return fromRows(h);
  });
}

const runCache = lruCache<Omit<Model, 'at'>>({ size: 16 });

export function model(state: State): Model {
  const id = state.surface;
  const key = `${id}|${state.x}|${state.y}|${state.eta}|${state.steps}`;
  const base = runCache(key, () => run(id, state.x, state.y, state.eta, state.steps));
  const at = Math.max(0, Math.min(base.path.length - 1, Math.round(state.at)));
  return { ...base, at };
}

function run(id: SurfaceId, sx: number, sy: number, eta: number, steps: number): Omit<Model, 'at'> {
  const surface = SURFACES[id];
  const window = WINDOWS[id];
  const x0 = Math.min(window.x[1], Math.max(window.x[0], sx));
  const y0 = Math.min(window.y[1], Math.max(window.y[0], sy));
  const run = descentPath(surface, configure(gradientDescent, { learningRate: eta }), [x0, y0], { maxSteps: steps });
  const path: PathPoint[] = [];
  let exit: Exit | null = null;
  for (let k = 0; k < run.points.length; k++) {
    const p = run.points[k]!;
    const x = p[0]!;
    const y = p[1]!;
    if (!inside(window, x, y)) {
      const prev = path[path.length - 1]!;
      const [ex, ey] = exitPoint(window, prev.x, prev.y, x, y);
      exit = { k, x: ex, y: ey };
      break;
    }
    const g = surface.gradient(p);
    path.push({ k, x, y, loss: run.losses[k]!, gx: g[0]!, gy: g[1]! });
  }
  if (exit === null && run.status === 'diverged' && run.steps < steps) {
    // The core stopped the run (the numbers left the finite range) while still inside the
    // window: mark where it stopped.
    const last = path[path.length - 1]!;
    exit = { k: last.k + 1, x: last.x, y: last.y };
  }
  const h = hessianOf(id);
  const minimum = surface.minima[0] ?? [0, 0];
  return {
    id,
    surface,
    window,
    minimum,
    start: [x0, y0],
    eta,
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
