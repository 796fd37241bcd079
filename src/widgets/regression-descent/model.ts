/**
 * Everything the regression-descent views show, computed by the core:
 * notebook recipe 004's data, the least-squares loss with the recipe's halved
 * gradient, the closed-form solution, the descent run, the loss grid and its
 * contours, and the 3-D mesh. Pure; memoised by the inputs that matter.
 */
import { contourPolygonsInSteps, type ContourPolygon } from '~/core/contour/contour-polygons';
import { logThresholds } from '~/core/contour/thresholds';
import { tenPointLine } from '~/core/data/ten-point-line';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { sseFromGram } from '~/core/grid/gram-stats';
import type { Grid } from '~/core/grid/grid';
import { designMatrix } from '~/core/linalg/design-matrix';
import { normalEquations } from '~/core/linalg/normal-equations';
import { symmetricEigen2 } from '~/core/linalg/eigen2';
import { leastSquaresLoss, type LeastSquaresLoss } from '~/core/loss/least-squares';
import { configure } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { descentPathInSteps, type DescentStatus } from '~/core/optim/descent-path';
import type { InSteps } from '~/core/steps/in-steps';
import { makeBox, type Box3 } from '~/core/project/box';
import type { SurfaceMesh } from '~/core/project/mesh';
import { surfaceMeshFromGrid } from '~/core/project/mesh-from-grid';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';
import type { State } from './state';

/** The recipe's window for the surface: β₀ ∈ [−12, 12], β₁ ∈ [−4, 4], L cut at 2000. */
export const LECTURE_WINDOW = { x: [-12, 12] as [number, number], y: [-4, 4] as [number, number] };
export const Z_RANGE: [number, number] = [-1, 2000];
/** Samples per side of the contour grid and of the 3-D mesh. */
export const CONTOUR_N = 121;
export const MESH_N = 25;
/** Samples per side of the mesh drawn while the 3-D view turns (16 × 16 faces). */
export const MOVING_MESH_N = 17;

export interface Problem {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly loss: LeastSquaresLoss;
  readonly betaHat: readonly [number, number];
  readonly lossHat: number;
  readonly lambdaMin: number;
  readonly lambdaMax: number;
}

let problem: Problem | null = null;

/** The data, the loss and its exact minimiser (computed once). */
export function getProblem(): Problem {
  if (problem) return problem;
  const { x, y } = tenPointLine();
  const X = designMatrix(x);
  const loss = leastSquaresLoss(X, y, { halfGradient: true });
  const b = normalEquations(X, y);
  const g = loss.stats.xtx.data;
  const eig = symmetricEigen2(g[0]!, g[1]!, g[3]!);
  problem = {
    x,
    y,
    loss,
    betaHat: [b[0]!, b[1]!],
    lossHat: loss.value(b),
    lambdaMin: Math.min(...eig.values),
    lambdaMax: Math.max(...eig.values),
  };
  return problem;
}

export interface Run {
  /** β₀, β₁ and L at iterations 0 … length − 1. */
  readonly b0: Float64Array;
  readonly b1: Float64Array;
  readonly loss: Float64Array;
  readonly length: number;
  /** How the core's run recorder says the run ended, and why, in a sentence. */
  readonly status: DescentStatus;
  readonly stoppedBecause: string;
  readonly oscillated: boolean;
}

type RunInput = Pick<State, 'b0' | 'b1' | 'eta' | 'steps'>;

/**
 * Gradient descent with the recipe's halved gradient from (b0, b1): η, `steps` steps, no early
 * stop. Cached; `getRun.inSteps(s)` computes it a few hundred steps per piece (prepareModel).
 */
export const getRun = cachedInSteps((s: RunInput) => `${s.b0}|${s.b1}|${s.eta}|${s.steps}`, runInSteps, { size: 8 });

function* runInSteps(s: RunInput): InSteps<Run> {
  const { loss } = getProblem();
  const path = yield* descentPathInSteps(loss, configure(gradientDescent, { learningRate: s.eta }), [s.b0, s.b1], {
    maxSteps: s.steps,
  });
  const n = path.points.length;
  return {
    b0: Float64Array.from(path.points, (p) => p[0]!),
    b1: Float64Array.from(path.points, (p) => p[1]!),
    loss: path.losses,
    length: n,
    status: path.status,
    stoppedBecause: path.stoppedBecause,
    oscillated: path.oscillated,
  };
}

/** The (β₀, β₁) window: the recipe's, widened to hold the start with a margin. */
export function windowFor(s: Pick<State, 'b0' | 'b1'>): { x: [number, number]; y: [number, number] } {
  const x: [number, number] = [Math.min(LECTURE_WINDOW.x[0], s.b0 - 2), Math.max(LECTURE_WINDOW.x[1], s.b0 + 2)];
  const y: [number, number] = [Math.min(LECTURE_WINDOW.y[0], s.b1 - 0.8), Math.max(LECTURE_WINDOW.y[1], s.b1 + 0.8)];
  return { x, y };
}

export interface Surface {
  readonly key: string;
  readonly grid: Grid;
  readonly contours: ContourPolygon[];
  readonly box: Box3;
  readonly mesh: SurfaceMesh;
  /** Fewer faces, drawn while the view turns (SurfaceView's movingMesh). */
  readonly movingMesh: SurfaceMesh;
}

/** (b0, b1) ↦ ‖y − Xβ‖² from the Gram statistics: what the contours and the mesh sample. */
function lossOnGrid(): (b0: number, b1: number) => number {
  const { stats } = getProblem().loss;
  return (b0, b1) => sseFromGram(stats, [b0, b1]);
}

type Window = { x: [number, number]; y: [number, number] };

/** What a window's grid, contours and meshes depend on. */
const windowKey = (win: Window): string => `${win.x.join(',')}|${win.y.join(',')}`;

/**
 * The loss sampled over a window and its filled contours (log-spaced levels). Cached;
 * `getContours.inSteps(win)` computes them a level per piece (prepareModel).
 */
export const getContours = cachedInSteps(windowKey, contoursInSteps, {
  size: 4,
});

type ContourMap = Pick<Surface, 'grid' | 'contours'>;

function* contoursInSteps(win: Window): InSteps<ContourMap> {
  const { lossHat } = getProblem();
  const grid = evaluateGrid(lossOnGrid(), { x: win.x, y: win.y, nx: CONTOUR_N, ny: CONTOUR_N });
  const levels = logThresholds(lossHat, Math.max(grid.max, lossHat * 2), 16, 3.4);
  yield;
  // The first level is the grid's minimum, so the lowest band is filled too.
  return { grid, contours: yield* contourPolygonsInSteps(grid, [grid.min, ...levels]) };
}

/**
 * The loss over a window: grid, filled contours, 3-D meshes. Cached; `getSurface.inSteps(win)`
 * samples and builds each mesh in a piece of its own (prepareModel): in one piece, both meshes
 * made a task of 38–40 ms at 4× CPU, profiled (docs/benchmarks.md, Hydration, session 30).
 */
export const getSurface = cachedInSteps(windowKey, surfaceInSteps, {
  size: 4,
});

function* surfaceInSteps(win: Window): InSteps<Surface> {
  const key = windowKey(win);
  const { grid, contours } = yield* getContours.inSteps(win);
  const box = makeBox(win.x, win.y, Z_RANGE);
  const f = lossOnGrid();
  function* meshOf(n: number): InSteps<SurfaceMesh> {
    const sampled = evaluateGrid(f, { x: win.x, y: win.y, nx: n, ny: n });
    yield;
    return surfaceMeshFromGrid(sampled, box);
  }
  const mesh = yield* meshOf(MESH_N);
  yield;
  const movingMesh = yield* meshOf(MOVING_MESH_N);
  return { key, grid, contours, box, mesh, movingMesh };
}

/** What the four linked views show: the run, the surface, and the iteration the scrubber is at. */
export interface Model {
  readonly problem: Problem;
  readonly run: Run;
  readonly surface: Surface;
  /** The iteration shown, 0 … run.length − 1. */
  readonly k: number;
  readonly b0: number;
  readonly b1: number;
  readonly loss: number;
  /** Identity of the run (changes when start, η or steps change). */
  readonly runKey: string;
}

export function model(s: State): Model {
  const problem = getProblem();
  const run = getRun(s);
  const surface = getSurface(windowFor(s));
  const k = Math.max(0, Math.min(run.length - 1, Math.round(s.it)));
  return {
    problem,
    run,
    surface,
    k,
    b0: run.b0[k]!,
    b1: run.b1[k]!,
    loss: run.loss[k]!,
    runKey: `${s.b0}|${s.b1}|${s.eta}|${s.steps}`,
  };
}
