/**
 * The numbers behind learning-rate-comparison, all from src/core: notebook recipe 004's data, the loss
 * ‖y − Xβ‖² with the recipe's gradient XᵀXβ − Xᵀy, its contours, the learning-rate landmarks
 * of XᵀX, and one gradient-descent run per learning rate. Pure: no DOM, no Plot.
 */
import { tenPointLine } from '~/core/data/ten-point-line';
import { clipPath, type Window2D } from '~/core/geometry';
import { designMatrix } from '~/core/linalg/design-matrix';
import { leastSquaresLoss, type LeastSquaresLoss } from '~/core/loss/least-squares';
import { sufficientStats, leastSquaresLine } from '~/core/grid/sufficient-stats';
import { mseGridFromStats } from '~/core/grid/mse-grid';
import { contourLinesInSteps, type ContourLines } from '~/core/contour/contour-lines';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { logThresholds } from '~/core/contour/thresholds';
import { configure } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { backtracking } from '~/core/optim/backtracking';
import { descentPath, type DescentStatus } from '~/core/optim/descent-path';
import { observedBehaviour } from '~/core/optim/observed-behaviour';
import { predictBehaviour, type Behaviour } from '~/core/stability/behaviour';
import { stepThresholds, type StepThresholds } from '~/core/stability/thresholds';
import { contractionFactors, type DirectionFactor } from '~/core/stability/contraction';
import { lruCache } from '~/widgets/kit/lruCache';
import type { State } from './state';

/** Notebook recipe 004's start for the learning-rate experiment. */
export const START: readonly [number, number] = [-8, -2];
/** The drawn window in (β₀, β₁). */
export const WINDOW: Window2D = { x: [-10, 6], y: [-4, 4] };

export interface Problem {
  readonly loss: LeastSquaresLoss;
  readonly thresholds: StepThresholds;
  readonly minimum: readonly [number, number];
  readonly minLoss: number;
  readonly contours: ContourLines;
}

let problem: Problem | undefined;

/** The data, the loss and everything that does not depend on η (computed once). */
export function getProblem(): Problem {
  return runToEnd(getProblemInSteps());
}

/** getProblem in steps (a contour level per piece), for prepareModel. */
export function* getProblemInSteps(): InSteps<Problem> {
  if (problem) return problem;
  const d = tenPointLine();
  const loss = leastSquaresLoss(designMatrix(d.x), d.y, { halfGradient: true });
  // The update multiplies the offset by I − η·XᵀX (the recipe folds the 2 into η), so the
  // landmarks come from XᵀX itself.
  const thresholds = stepThresholds(loss.stats.xtx);
  const stats = sufficientStats(d.x, d.y);
  const line = leastSquaresLine(stats);
  const minimum: readonly [number, number] = line === null ? [0, 0] : [line.b, line.w];
  const minLoss = loss.value(minimum);
  const grid = mseGridFromStats(stats, { x: WINDOW.x, y: WINDOW.y, nx: 97, ny: 65 }, 'sum');
  const levels = logThresholds(grid.min, grid.max, 14, 3);
  yield;
  const contours = yield* contourLinesInSteps(grid, levels);
  problem ??= { loss, thresholds, minimum, minLoss, contours };
  return problem;
}

export interface Run {
  readonly eta: number;
  /** What the eigenvalues of XᵀX predict: the run's label. */
  readonly predicted: Behaviour;
  /** True when the steps come from backtracking line search starting at η (then `predicted` is what the steps show). */
  readonly armijo: boolean;
  /** What the recorded steps show. */
  readonly observed: 'converges' | 'oscillates' | 'diverges';
  readonly status: DescentStatus;
  readonly stoppedBecause: string;
  readonly factors: DirectionFactor[];
  /** losses[k] = L(β_k) for every recorded step (finite). */
  readonly losses: Float64Array;
  /** The points drawn on the map: inside the window, finite. */
  readonly path: { k: number; x: number; y: number }[];
  /** Where the path leaves the map, if it does. */
  readonly exit: { k: number; x: number; y: number } | null;
  /** Steps the core recorded (fewer than asked when it stopped a divergent run). */
  readonly steps: number;
}

const runs = lruCache<Run>({ size: 24 });

export function runFor(eta: number, steps: number, armijo = false): Run {
  return runs(`${eta}|${steps}|${armijo}`, () => {
    const p = getProblem();
    const h = p.loss.stats.xtx;
    const options = { maxSteps: steps };
    const r = armijo
      ? descentPath(p.loss, configure(backtracking, { initialStep: eta }), START, options)
      : descentPath(p.loss, configure(gradientDescent, { learningRate: eta }), START, options);
    const clip = clipPath(r.points, WINDOW);
    const path: { k: number; x: number; y: number }[] = [];
    for (let k = 0; k <= clip.lastInside; k++) path.push({ k, x: r.points[k]![0]!, y: r.points[k]![1]! });
    const at = clip.exit?.at ?? null;
    const exit: Run['exit'] = clip.exit !== null && at !== null ? { k: clip.exit.index, x: at[0], y: at[1] } : null;
    return {
      eta,
      // Backtracking changes the step, so the eigenvalues no longer predict the run: report what it did.
      predicted: armijo ? observedBehaviour(r) : predictBehaviour(eta, h),
      armijo,
      observed: observedBehaviour(r),
      status: r.status,
      stoppedBecause: r.stoppedBecause,
      factors: contractionFactors(eta, h),
      losses: r.losses,
      path,
      exit,
      steps: r.steps,
    };
  });
}

export interface Model {
  readonly problem: Problem;
  /** One run per rate in the list, in list order. */
  readonly runs: readonly Run[];
  /** The rate under the slider and the zone it lies in. */
  readonly eta: number;
  readonly zone: Behaviour;
  readonly steps: number;
  readonly armijo: boolean;
}

export function model(state: State): Model {
  const problem = getProblem();
  return {
    problem,
    runs: state.etas.map((e) => runFor(e, state.steps, state.armijo)),
    eta: state.eta,
    zone: predictBehaviour(state.eta, problem.loss.stats.xtx),
    steps: state.steps,
    armijo: state.armijo,
  };
}
