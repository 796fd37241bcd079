/**
 * The numbers behind the scaling comparison, all from src/core: for the raw features and
 * for the chosen scaling, the MSE surface over (w₁, w₂) in a window, its contour lines, the
 * least-squares point, the Gram matrix's eigenvalues and condition number, and two
 * gradient-descent runs from the same start (mapped into each panel's coordinates): one at
 * the panel's own best fixed step, one at the shared step; apart (`countsOf`), the steps each
 * run needs to reach the tolerance. Pure: no DOM, no Plot.
 */
import {
  featureScalingProblem,
  RECIPE_WINDOW,
  RECIPE_GRID_SIZE,
  toProblemWeights,
  type FeatureScalingProblem,
  type Scaling,
  type WeightWindow,
} from '~/core/data/feature-scaling';
import { evaluateGridInSteps } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import { contourLinesInSteps, type ContourLines } from '~/core/contour/contour-lines';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { logThresholds } from '~/core/contour/thresholds';
import { configure } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { descentPathInSteps, type DescentStatus } from '~/core/optim/descent-path';
import { clipPath, type ClippedPath } from '~/core/geometry/clip-path';
import { stepsToTolerance, type StepsToTolerance } from '~/core/stability/steps-to-tolerance';
import { lruCache } from '~/widgets/kit/lruCache';
import type { State } from './state';

/** The excess MSE, L(w) − L*, below which a run counts as arrived (chapter 7 uses 1e-6). */
export const TOLERANCE = 1e-6;
const BOWL_GRID = 81;
const LEVELS = 14;

export interface Run {
  /** 'best': the panel's own best fixed step; 'shared': the step the learner set. */
  readonly which: 'best' | 'shared';
  readonly eta: number;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly losses: Float64Array;
  readonly status: DescentStatus;
  readonly clipped: ClippedPath;
  /** The loss after the drawn steps. */
  readonly finalLoss: number;
}

export interface Panel {
  readonly scaling: Scaling;
  readonly problem: FeatureScalingProblem;
  readonly window: WeightWindow;
  readonly grid: Grid;
  readonly levels: number[];
  readonly contours: ContourLines;
  /** Whether the least-squares point lies inside the window. */
  readonly minimumShown: boolean;
  readonly start: readonly [number, number];
  readonly runs: readonly [Run, Run];
}

export interface Model {
  readonly panels: readonly [Panel, Panel];
  readonly eta: number;
  readonly drawn: number;
  readonly view: State['view'];
}

export interface SurfaceFigure {
  readonly window: WeightWindow;
  readonly grid: Grid;
  readonly levels: number[];
  readonly contours: ContourLines;
}

const figures = new Map<string, SurfaceFigure>();

/** The map of a panel's loss (window, grid, levels, contour lines), cached per features and view. */
export function mapOf(scaling: Scaling, view: State['view']): SurfaceFigure {
  return runToEnd(mapOfInSteps(scaling, view));
}

/** mapOf in steps (the data, then 2 grid rows or a contour level per piece), for prepareModel. */
export function* mapOfInSteps(scaling: Scaling, view: State['view']): InSteps<SurfaceFigure> {
  const problem = featureScalingProblem(scaling);
  yield;
  return yield* surfaceFigureInSteps(problem, view);
}

function* surfaceFigureInSteps(problem: FeatureScalingProblem, view: State['view']): InSteps<SurfaceFigure> {
  const key = `${problem.scaling}|${view}`;
  const hit = figures.get(key);
  if (hit) return hit;
  const window = view === 'recipe' ? RECIPE_WINDOW : problem.bowlWindow;
  const n = view === 'recipe' ? RECIPE_GRID_SIZE : BOWL_GRID;
  const f = problem.loss.f;
  // Each value sums over the data set (100 points): two rows of the grid per piece, a few ms
  // while the loss still runs cold.
  const grid = yield* evaluateGridInSteps((a, b) => f(a, b), { x: window.x, y: window.y, nx: n, ny: n }, 2);
  // Levels start just above the bowl's true minimum, so the valley floor gets its rings
  // even where the grid only samples the walls.
  // When the minimum is off the map, the levels start at the lowest value the map shows.
  const shown =
    window.x[0] <= problem.minimiser[0] &&
    problem.minimiser[0] <= window.x[1] &&
    window.y[0] <= problem.minimiser[1] &&
    problem.minimiser[1] <= window.y[1];
  const levels = logThresholds(shown ? problem.minLoss : grid.min, grid.max, LEVELS, shown ? 4 : 2);
  yield;
  const figure = { window, grid, levels, contours: yield* contourLinesInSteps(grid, levels) };
  figures.set(key, figure);
  return figure;
}

function* runInSteps(
  problem: FeatureScalingProblem,
  window: WeightWindow,
  which: Run['which'],
  eta: number,
  start: readonly [number, number],
  drawn: number,
): InSteps<Run> {
  const gd = configure(gradientDescent, { learningRate: eta });
  // each step sums over the data set: fewer steps per piece than on a formula
  const path = yield* descentPathInSteps(problem.loss, gd, start, { maxSteps: drawn }, 100);
  const n = path.points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    xs[k] = path.points[k]![0]!;
    ys[k] = path.points[k]![1]!;
  }
  yield;
  return {
    which,
    eta,
    xs,
    ys,
    losses: path.losses,
    status: path.status,
    clipped: clipPath(path.points, window, { stopped: path.status === 'diverged' && path.steps < drawn }),
    finalLoss: path.losses[n - 1]!,
  };
}

const runCache = lruCache<Run>({ size: 16 });

/** One side of the comparison: its problem, map, start and two runs (the heavy parts cached). */
export function panelOf(scaling: Scaling, s: State): Panel {
  return runToEnd(panelOfInSteps(scaling, s));
}

/** panelOf in steps (a contour level or a hundred descent steps per piece), for prepareModel. */
export function* panelOfInSteps(scaling: Scaling, s: State): InSteps<Panel> {
  const problem = featureScalingProblem(scaling);
  const figure = yield* surfaceFigureInSteps(problem, s.view);
  const start = toProblemWeights(problem, [s.w1, s.w2]);
  const [mx, my] = problem.minimiser;
  const w = figure.window;
  const runOf = (which: Run['which'], eta: number): InSteps<Run> =>
    runCache.inSteps(`${scaling}|${s.view}|${start.join(',')}|${which === 'best' ? which : eta}|${s.drawn}`, () =>
      runInSteps(problem, w, which, eta, start, s.drawn),
    );
  const best = yield* runOf('best', problem.steps.bestFixedStep);
  const shared = yield* runOf('shared', s.eta);
  return {
    scaling,
    problem,
    ...figure,
    minimumShown: mx >= w.x[0] && mx <= w.x[1] && my >= w.y[0] && my <= w.y[1],
    start,
    runs: [best, shared],
  };
}

export function model(s: State): Model {
  return { panels: [panelOf('none', s), panelOf(s.scaling, s)], eta: s.eta, drawn: s.drawn, view: s.view };
}

/** Steps until L − L* < TOLERANCE for a panel's two runs (best, shared), counted without drawing (up to 2,000,000). */
export type PanelCounts = readonly [StepsToTolerance, StepsToTolerance];
export type Counts = readonly [PanelCounts, PanelCounts];

const countCache = lruCache<StepsToTolerance>({ size: 16 });

/** What the counts depend on: each panel's features and start, and its two step sizes. */
export function countsKey(m: Model): string {
  return m.panels.map((p) => `${p.scaling}|${p.start.join(',')}|${p.runs[0].eta}|${p.runs[1].eta}`).join('|');
}

/**
 * The counts of both panels. Up to ~200,000 quadratic steps on the raw panel (~1–2 ms), so the
 * widget reads them a frame after a start drag or an η change (`useDeferred`).
 */
export function countsOf(m: Model): Counts {
  const [a, b] = m.panels.map((p) => {
    const count = (eta: number) =>
      countCache(`${p.scaling}|${p.start.join(',')}|${eta}`, () =>
        stepsToTolerance(p.problem.hessian, p.problem.minimiser, p.start, eta, TOLERANCE),
      );
    return [count(p.runs[0].eta), count(p.runs[1].eta)] as const;
  });
  return [a!, b!];
}
