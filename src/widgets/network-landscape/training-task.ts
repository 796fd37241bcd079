/**
 * The network-landscape widget's heavy work, as one pure task: train a network on a toy set
 * (up to `runTo` steps, so the page can pause and resume), then compute the loss landscape
 * around the parameters reached. Runs synchronously at build time (the static figure) and
 * in chunks inside the widget's Web Worker (`network-landscape.worker.ts`), where finished
 * trainings are cached so that resuming, or switching the landscape mode, does not retrain.
 */
import { toySet, type ToySetId } from '~/core/data/toy-sets';
import type { ToyData } from '~/core/data/toy-data';
import { linspace } from '~/core/grid/grid';
import {
  filterNormalisedDirection,
  initialParameters,
  lossLandscape,
  mlpLayout,
  networkLoss,
  pathPlane,
  planeWindow,
  predict,
  startTraining,
  type ActivationId,
  type Training,
} from '~/core/nn';
import { adam, configure, gradientDescent, momentum, type AnyConfiguredOptimizer } from '~/core/optim';
import { RandomState } from '~/core/random/randomState';
import { decisionDrawing, landscapeDrawing, type DecisionDrawing, type LandscapeDrawing } from './views';

export type OptimizerChoice = 'gradient-descent' | 'momentum' | 'adam';
export type LandscapeMode = 'random' | 'pca';

/** Everything that decides a training run (already clamped by the widget's state). */
export interface TrainingSetup {
  readonly dataset: ToySetId;
  readonly n: number;
  readonly noise: number;
  readonly dataSeed: number;
  readonly hidden: readonly number[];
  readonly activation: ActivationId;
  readonly optimizer: OptimizerChoice;
  readonly learningRate: number;
  readonly steps: number;
  readonly initSeed: number;
}

export interface TaskInput {
  readonly setup: TrainingSetup;
  /** Train up to this step (≤ steps): less than `steps` while paused. */
  readonly runTo: number;
  readonly mode: LandscapeMode;
  /** Seed of the random directions (random mode). */
  readonly directionSeed: number;
  /** Grid side of the landscape (nx = ny). */
  readonly resolution: number;
  /** Decision-region grid side. */
  readonly decisionResolution: number;
}

/** A function of two variables sampled on a grid (plain numbers, cheap to post between threads). */
export interface SampledGrid {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly nx: number;
  readonly ny: number;
  /** values[j·nx + i] at (x_i, y_j), the core's Grid orientation. */
  readonly values: Float64Array;
}

export interface TrainingView {
  readonly step: number;
  readonly steps: number;
  readonly status: 'running' | 'done' | 'diverged';
  /** (step, loss) pairs, thinned to at most MAX_CURVE_POINTS. */
  readonly curve: { readonly step: Float64Array; readonly loss: Float64Array };
  readonly loss: number;
  readonly accuracy: number;
  /** The probability of class 1 over the data's box. */
  readonly decision: SampledGrid;
  /** Its contour bands and 0.5 line. */
  readonly drawing: DecisionDrawing;
  readonly parameters: number;
}

export interface LandscapeView {
  readonly mode: LandscapeMode;
  readonly grid: SampledGrid;
  /**
   * The projected training path (PCA mode), with the loss at each projected point: the height
   * of the landscape under it (what the 3-D view draws it at), not the loss of the path itself.
   */
  readonly path?: { readonly alpha: Float64Array; readonly beta: Float64Array; readonly loss: Float64Array };
  /** The loss at the plane's origin, the parameters reached. */
  readonly centre: number;
  /** Explained-variance shares of the two PCA directions. */
  readonly explained?: readonly [number, number];
  /** Why there is no landscape (e.g. a path that spans no plane), when there is none. */
  readonly problem?: string;
  /** Contour bands and summary numbers (null when there is nothing to draw). */
  readonly drawing: LandscapeDrawing | null;
}

export interface TaskResult {
  readonly training: TrainingView;
  /** Present once training stopped at runTo (or ended); absent while it runs. */
  readonly landscape?: LandscapeView;
}

export const MAX_CURVE_POINTS = 400;

function optimizerFor(choice: OptimizerChoice, learningRate: number): AnyConfiguredOptimizer {
  switch (choice) {
    case 'gradient-descent':
      return configure(gradientDescent, { learningRate });
    case 'momentum':
      return configure(momentum, { learningRate, momentum: 0.9 });
    case 'adam':
      return configure(adam, { learningRate });
  }
}

export interface PreparedTraining {
  readonly data: ToyData;
  readonly training: Training;
}

/** The data set and a training run at step 0 for this setup. */
export function prepareTraining(s: TrainingSetup): PreparedTraining {
  const data = toySet(s.dataset).make({ n: s.n, seed: s.dataSeed, noise: s.noise });
  const layout = mlpLayout([2, ...s.hidden, 1]);
  const loss = networkLoss(layout, s.activation, data);
  const training = startTraining(
    loss,
    optimizerFor(s.optimizer, s.learningRate),
    initialParameters(layout, s.activation, s.initSeed),
    {
      steps: s.steps,
      snapshots: 101,
    },
  );
  return { data, training };
}

/** The square box the decision region covers: the data's extent plus a margin. */
export function dataBox(data: ToyData): { x: [number, number]; y: [number, number] } {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < data.n; i++) {
    x0 = Math.min(x0, data.x[2 * i]!);
    x1 = Math.max(x1, data.x[2 * i]!);
    y0 = Math.min(y0, data.x[2 * i + 1]!);
    y1 = Math.max(y1, data.x[2 * i + 1]!);
  }
  const side = Math.max(x1 - x0, y1 - y0) * 1.15 + 1e-9;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: [cx - side / 2, cx + side / 2], y: [cy - side / 2, cy + side / 2] };
}

/** The network's probability of class 1 on a side × side grid over the data's box. */
export function decisionGrid(p: PreparedTraining, side: number): SampledGrid {
  const box = dataBox(p.data);
  const xs = linspace(box.x[0], box.x[1], side);
  const ys = linspace(box.y[0], box.y[1], side);
  const points = new Float64Array(2 * side * side);
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      points[2 * (j * side + i)] = xs[i]!;
      points[2 * (j * side + i) + 1] = ys[j]!;
    }
  }
  const { layout, activation } = p.training.loss;
  return { ...box, nx: side, ny: side, values: predict(layout, activation, p.training.theta, points).probabilities };
}

/** The loss curve so far, thinned to at most MAX_CURVE_POINTS evenly spaced steps (the last always kept). */
export function lossCurve(losses: Float64Array): { step: Float64Array; loss: Float64Array } {
  const last = losses.length - 1;
  const every = Math.max(1, Math.ceil(losses.length / MAX_CURVE_POINTS));
  const steps: number[] = [];
  for (let k = 0; k < last; k += every) steps.push(k);
  steps.push(last);
  return { step: Float64Array.from(steps), loss: Float64Array.from(steps, (k) => losses[k]!) };
}

export function trainingView(p: PreparedTraining, decisionSide: number): TrainingView {
  const t = p.training;
  const decision = decisionGrid(p, decisionSide);
  return {
    step: t.step,
    steps: t.steps,
    status: t.status,
    curve: lossCurve(t.losses),
    loss: t.losses[t.step]!,
    accuracy: t.loss.accuracy(t.theta),
    decision,
    drawing: decisionDrawing(decision),
    parameters: t.loss.dim,
  };
}

/** The landscape around the parameters reached, in either mode, with its contour bands. */
export function landscapeView(p: PreparedTraining, input: TaskInput): LandscapeView {
  const view = planeView(p, input);
  return { ...view, drawing: landscapeDrawing(view) };
}

function planeView(p: PreparedTraining, input: TaskInput): Omit<LandscapeView, 'drawing'> {
  const t = p.training;
  const side = input.resolution;
  const centre = t.loss.value(t.theta);
  if (input.mode === 'random') {
    const rs = new RandomState(input.directionSeed);
    const d1 = filterNormalisedDirection(t.loss.layout, t.theta, rs);
    const d2 = filterNormalisedDirection(t.loss.layout, t.theta, rs);
    const g = lossLandscape(t.loss, t.theta, d1, d2, { x: [-1, 1], y: [-1, 1], nx: side, ny: side });
    return { mode: 'random', grid: { x: [-1, 1], y: [-1, 1], nx: side, ny: side, values: g.values }, centre };
  }
  if (t.snapshots.length < 3) {
    return {
      mode: 'pca',
      grid: emptyGrid(side),
      centre,
      problem: 'Train for a few steps first: a path of fewer than three points spans no plane.',
    };
  }
  let plane;
  try {
    plane = pathPlane(t.snapshots);
  } catch {
    return {
      mode: 'pca',
      grid: emptyGrid(side),
      centre,
      problem: 'The training path barely moved, so it spans no plane to draw.',
    };
  }
  const w = planeWindow(plane.alpha, plane.beta);
  const g = lossLandscape(t.loss, t.theta, plane.d1, plane.d2, { x: w.x, y: w.y, nx: side, ny: side });
  return {
    mode: 'pca',
    grid: { x: w.x, y: w.y, nx: side, ny: side, values: g.values },
    centre,
    path: { alpha: plane.alpha, beta: plane.beta, loss: lossOnPlane(t, plane.d1, plane.d2, plane.alpha, plane.beta) },
    explained: plane.explained,
  };
}

/** The loss at θ + α d₁ + β d₂ for each (α, β): the landscape's height at those points of the plane. */
function lossOnPlane(
  t: Training,
  d1: ArrayLike<number>,
  d2: ArrayLike<number>,
  alpha: Float64Array,
  beta: Float64Array,
): Float64Array {
  const theta = t.theta;
  const p = new Float64Array(theta.length);
  return alpha.map((a, k) => {
    const b = beta[k]!;
    for (let i = 0; i < p.length; i++) p[i] = theta[i]! + a * d1[i]! + b * d2[i]!;
    return t.loss.value(p);
  });
}

function emptyGrid(side: number): SampledGrid {
  return { x: [-1, 1], y: [-1, 1], nx: side, ny: side, values: new Float64Array(side * side).fill(NaN) };
}

/** The whole task at once (build time, and where no Worker exists). */
export function runTask(input: TaskInput): TaskResult {
  const p = prepareTraining(input.setup);
  p.training.advance(input.runTo);
  return { training: trainingView(p, input.decisionResolution), landscape: landscapeView(p, input) };
}
