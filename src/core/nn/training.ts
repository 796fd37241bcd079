import { CoreError } from '../errors';
import type { Objective } from '../loss/objective';
import type { AnyConfiguredOptimizer, OptimizerState } from '../optim/optimizer';
import type { NetworkLoss } from './network-loss';

/** The most full-batch steps one training run may take (a URL asking for 1e9 is clamped to this by the widget). */
export const MAX_TRAINING_STEPS = 20_000;
/** The most trajectory snapshots kept for the PCA plane. */
export const MAX_SNAPSHOTS = 200;

export interface TrainingOptions {
  /** Full-batch steps to take, 1 ≤ steps ≤ MAX_TRAINING_STEPS. */
  readonly steps: number;
  /** How many evenly spaced parameter vectors to keep for the training path (default 101: every 20th step of 2000; at most MAX_SNAPSHOTS). */
  readonly snapshots?: number;
}

export type TrainingStatus = 'running' | 'done' | 'diverged';

/**
 * A training run that advances in chunks, so a worker can report progress and
 * pause between them. losses[k] = L(θ_k) for k = 0…step; snapshots hold θ at
 * every `snapshotEvery`-th step and at the last one (the path for the PCA plane).
 */
export interface Training {
  readonly loss: NetworkLoss;
  readonly steps: number;
  readonly snapshotEvery: number;
  /** Steps taken so far. */
  readonly step: number;
  readonly status: TrainingStatus;
  /** θ_step. */
  readonly theta: Float64Array;
  /** L(θ_0), …, L(θ_step) (a view of the recorded part). */
  readonly losses: Float64Array;
  /** θ at steps 0, snapshotEvery, 2·snapshotEvery, … and the last step taken. */
  readonly snapshots: Float64Array[];
  /** The steps the snapshots were taken at. */
  readonly snapshotSteps: number[];
  /** Takes up to `count` more steps (fewer at the end or on divergence); returns the steps taken. */
  advance(count: number): number;
}

function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i]!)) return false;
  return true;
}

/**
 * Starts full-batch training of `loss` from θ₀ with any configured core
 * optimiser (`configure(adam, { learningRate: 0.01 })`). Each step costs one
 * forward and one backward pass: the loss at θ_k is taken from the pass that
 * computes the gradient there (Nesterov, which looks ahead, pays one extra
 * forward pass). A step to non-finite parameters or loss ends the run as
 * 'diverged' and is not recorded.
 */
export function startTraining(
  loss: NetworkLoss,
  optimizer: AnyConfiguredOptimizer,
  theta0: ArrayLike<number>,
  options: TrainingOptions,
): Training {
  const { steps } = options;
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_TRAINING_STEPS) {
    throw new CoreError(
      'out-of-range',
      `the number of steps must be a whole number from 1 to ${MAX_TRAINING_STEPS}, got ${String(steps)}`,
    );
  }
  const wanted = options.snapshots ?? 101;
  if (!Number.isInteger(wanted) || wanted < 2 || wanted > MAX_SNAPSHOTS) {
    throw new CoreError(
      'out-of-range',
      `snapshots must be a whole number from 2 to ${MAX_SNAPSHOTS}, got ${String(wanted)}`,
    );
  }
  const snapshotEvery = Math.max(1, Math.ceil(steps / (wanted - 1)));
  let state: OptimizerState<unknown> = optimizer.init(theta0);
  const losses = new Float64Array(steps + 1);
  const snapshots: Float64Array[] = [state.point.slice()];
  const snapshotSteps = [0];
  let step = 0;
  let status: TrainingStatus = 'running';

  // The optimiser asks for the gradient at state.point: keep the loss from that same pass,
  // so L(θ_k) costs nothing extra. It becomes known one step late (`pending`).
  let gradientLoss: number | undefined;
  const recording: Objective = {
    dim: loss.dim,
    value: (p) => loss.value(p),
    gradient(p) {
      const r = loss.valueAndGradient(p);
      if (p === state.point) gradientLoss = r.value;
      return r.gradient;
    },
  };
  const first = loss.value(state.point);
  if (!Number.isFinite(first))
    throw new CoreError('non-finite', 'the loss at the starting parameters is not a finite number');
  losses[0] = first;
  let pending = false;
  let previous = state;

  /** Steps back from a point whose loss is not finite: it is never recorded. */
  const rollBack = (): void => {
    state = previous;
    step--;
    pending = false;
    if (snapshotSteps[snapshotSteps.length - 1]! > step) {
      snapshots.pop();
      snapshotSteps.pop();
    }
    status = 'diverged';
  };
  const settle = (known: number | undefined): boolean => {
    if (!pending) return true;
    const l = known ?? loss.value(state.point);
    if (!Number.isFinite(l)) {
      rollBack();
      return false;
    }
    losses[step] = l;
    pending = false;
    return true;
  };

  const training: Training = {
    loss,
    steps,
    snapshotEvery,
    get step() {
      return step;
    },
    get status() {
      return status;
    },
    get theta() {
      return state.point;
    },
    get losses() {
      return losses.subarray(0, step + 1);
    },
    snapshots,
    snapshotSteps,
    advance(count: number): number {
      if (status !== 'running') return 0;
      const todo = Math.max(0, Math.min(Math.floor(count), steps - step));
      const from = step;
      let taken = 0;
      for (; taken < todo; taken++) {
        gradientLoss = undefined;
        const next = optimizer.step(state, recording);
        if (!settle(gradientLoss)) break;
        if (!allFinite(next.point)) {
          status = 'diverged';
          break;
        }
        previous = state;
        state = next;
        step++;
        pending = true;
        if (step % snapshotEvery === 0 || step === steps) {
          snapshots.push(state.point.slice());
          snapshotSteps.push(step);
        }
      }
      settle(undefined);
      if (status === 'running' && step === steps) status = 'done';
      if (status === 'diverged' && snapshotSteps[snapshotSteps.length - 1] !== step) {
        snapshots.push(state.point.slice());
        snapshotSteps.push(step);
      }
      return step - from;
    },
  };
  return training;
}

/** Runs a whole training at once (tests, benchmarks, listings' twins). */
export function train(
  loss: NetworkLoss,
  optimizer: AnyConfiguredOptimizer,
  theta0: ArrayLike<number>,
  options: TrainingOptions,
): Training {
  const t = startTraining(loss, optimizer, theta0, options);
  t.advance(options.steps);
  return t;
}
