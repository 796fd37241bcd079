import { CoreError, assertFinite } from '../errors';
import { norm } from '../linalg/vector';
import type { Objective } from '../loss/objective';
import type { ConfiguredOptimizer, OptimizerState } from './optimizer';
import type { InSteps } from '../steps/in-steps';

/** The most steps one run may take (keeps a hand-edited URL from freezing the tab). */
export const MAX_STEPS = 100_000;

export interface DescentOptions {
  /** Steps to take at most, an integer in [0, MAX_STEPS]. */
  readonly maxSteps: number;
  /**
   * The lecture's stopping rule: stop once the change in the loss between two
   * steps, |L_k − L_{k−1}|, is below this. Absent or 0: off (run all maxSteps,
   * like the lecture's fixed-count loop). Like any rule on the loss alone it
   * can be fooled: at η = 2/λ_max on a round bowl the path bounces between two
   * points of equal loss and this rule reports convergence after one step; add
   * `gradTolerance` (or use `predictBehaviour`) where that matters.
   */
  readonly tolerance?: number;
  /** Also stop once the gradient is this small, ‖∇L(p_k)‖ ≤ gradTolerance. Absent or 0: off. */
  readonly gradTolerance?: number;
  /** A loss above this counts as diverged. Default max(1e12, 1e6·|L₀|). */
  readonly divergenceBound?: number;
}

/**
 * How a run ended:
 * - 'converged': a stopping rule (tolerance or gradTolerance) was met and the path never oscillated;
 * - 'converged-with-oscillation': the same, but it did oscillate on the way (see `oscillated`);
 * - 'diverged': the loss went above `divergenceBound`, or the next point, its loss or its
 *   gradient was not a finite number (that point is not recorded), or all maxSteps were
 *   taken and the loss ended higher than it started;
 * - 'stalled': a stopping rule was set but not met within maxSteps (and no divergence);
 * - 'max-steps': no stopping rule was set and all maxSteps were taken (and no divergence):
 *   the lecture's `for step in range(nsteps)` loop.
 */
export type DescentStatus = 'converged' | 'converged-with-oscillation' | 'diverged' | 'stalled' | 'max-steps';

export interface DescentPath<S extends OptimizerState<unknown> = OptimizerState<unknown>> {
  /** points[k] = p_k for k = 0..steps (p_0 the start): an array of Float64Array, one per point. */
  readonly points: Float64Array[];
  /** losses[k] = L(p_k), length steps + 1. */
  readonly losses: Float64Array;
  /** gradNorms[k] = ‖∇L(p_k)‖, length steps + 1. */
  readonly gradNorms: Float64Array;
  /** The number of steps recorded. */
  readonly steps: number;
  readonly status: DescentStatus;
  /**
   * True when two consecutive steps point against each other (negative dot
   * product: the path zig-zags or overshoots and turns back) or the loss rose
   * from one step to the next. Steps shorter than 1e-9 of the longest so far and
   * loss rises below 1e-12·(|L₀| + |L|) are rounding noise and ignored.
   */
  readonly oscillated: boolean;
  /** One sentence saying why the run stopped, for the widget's status line. */
  readonly stoppedBecause: string;
  /** The optimiser state at the last recorded point (to continue the run). */
  readonly finalState: S;
}

function optionalTolerance(v: number | undefined, what: string): number {
  if (v === undefined) return 0;
  assertFinite(v, what);
  if (v < 0) throw new CoreError('out-of-range', `${what} must be ≥ 0, got ${v}`);
  return v;
}

function allFinite(v: ArrayLike<number>): boolean {
  for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i]!)) return false;
  return true;
}

/**
 * Runs `optimizer` on `objective` from `start` and records the path. Never
 * records NaN or ±Infinity: the path ends at the last point whose coordinates,
 * loss and gradient norm are all finite. Throws CoreError for bad options or a
 * start where the loss or gradient is not finite.
 */
export function descentPath<S extends OptimizerState<unknown>>(
  objective: Objective,
  optimizer: ConfiguredOptimizer<S>,
  start: ArrayLike<number>,
  options: DescentOptions,
): DescentPath<S> {
  const run = startDescent(objective, optimizer, start, options);
  run.advance(Infinity);
  return run.result();
}

/**
 * descentPath in steps (see InSteps): `stepsPerPiece` optimiser steps per piece. The same
 * path to the last bit: only where the work pauses differs.
 */
export function* descentPathInSteps<S extends OptimizerState<unknown>>(
  objective: Objective,
  optimizer: ConfiguredOptimizer<S>,
  start: ArrayLike<number>,
  options: DescentOptions,
  stepsPerPiece = 500,
): InSteps<DescentPath<S>> {
  if (!(stepsPerPiece >= 1)) throw new CoreError('out-of-range', `steps per piece must be ≥ 1, got ${stepsPerPiece}`);
  const run = startDescent(objective, optimizer, start, options);
  while (!run.advance(stepsPerPiece)) yield;
  return run.result();
}

/** A run under way: `advance(n)` takes up to n more steps and says whether the run has ended. */
interface Descent<S extends OptimizerState<unknown>> {
  advance(steps: number): boolean;
  result(): DescentPath<S>;
}

function startDescent<S extends OptimizerState<unknown>>(
  objective: Objective,
  optimizer: ConfiguredOptimizer<S>,
  start: ArrayLike<number>,
  options: DescentOptions,
): Descent<S> {
  const { maxSteps } = options;
  if (!Number.isInteger(maxSteps) || maxSteps < 0 || maxSteps > MAX_STEPS) {
    throw new CoreError(
      'out-of-range',
      `the number of steps must be a whole number from 0 to ${MAX_STEPS}, got ${maxSteps}`,
    );
  }
  const tolerance = optionalTolerance(options.tolerance, 'the loss tolerance');
  const gradTolerance = optionalTolerance(options.gradTolerance, 'the gradient tolerance');
  if (start.length !== objective.dim) {
    throw new CoreError('mismatch', `the start has ${start.length} coordinates but the loss takes ${objective.dim}`);
  }
  let state = optimizer.init(start);
  const l0 = objective.value(state.point);
  const g0 = norm(objective.gradient(state.point));
  if (!Number.isFinite(l0) || !Number.isFinite(g0)) {
    throw new CoreError('non-finite', 'the loss or its gradient at the start is not a finite number: start closer in');
  }
  let bound = Math.max(1e12, 1e6 * Math.abs(l0));
  if (options.divergenceBound !== undefined) {
    assertFinite(options.divergenceBound, 'the divergence bound');
    if (!(options.divergenceBound > l0)) {
      throw new CoreError('out-of-range', `the divergence bound must be above the starting loss ${l0}`);
    }
    bound = options.divergenceBound;
  }

  // Each step is worked out in a second state, in place (`advance`), and the two swap when the
  // step is kept: no state is allocated per step, only the point the path records. A step that
  // fails leaves `state` as it was. (Per step, `step` copied the whole state: the largest share
  // of a typed formula's descent in a profile, garbage collection included.)
  let spare: S | undefined;
  const keys = Object.keys(state) as (keyof S & string)[];
  const arrays = keys.map((k) => state[k] instanceof Float64Array);
  const nextOf = (from: S): S => {
    if (spare === undefined) return optimizer.step(from, objective);
    const to = spare as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (arrays[i]) (to[k] as Float64Array).set(from[k] as Float64Array);
      else to[k] = from[k];
    }
    optimizer.advance(spare, objective);
    return spare;
  };
  let step = new Float64Array(state.point.length);
  let stepBefore = new Float64Array(state.point.length);

  const points: Float64Array[] = [state.point.slice()];
  const losses: number[] = [l0];
  const gradNorms: number[] = [g0];
  let oscillated = false;
  let longestStep = 0;
  let lastStep: Float64Array | undefined;
  let status: DescentStatus | undefined;
  let stoppedBecause = '';

  if (gradTolerance > 0 && g0 <= gradTolerance) {
    status = 'converged';
    stoppedBecause = `the gradient at the start is already below ${gradTolerance}`;
  }

  let taken = 0;
  const advance = (steps: number): boolean => {
    const last = Math.min(maxSteps, taken + steps);
    for (let k = taken + 1; status === undefined && k <= last; k++) {
      let next: S;
      let loss = NaN;
      let gradNorm = NaN;
      let why = 'the steps grew without bound';
      try {
        next = nextOf(state);
        if (allFinite(next.point)) {
          loss = objective.value(next.point);
          gradNorm = norm(objective.gradient(next.point));
        }
      } catch (e) {
        // a loss may refuse a non-finite intermediate point (e.g. Nesterov's look-ahead), and
        // AdaGrad, RMSProp and Adam refuse to go on once g² overflows (squaresOverflow)
        if (e instanceof CoreError && e.code === 'non-finite') {
          next = state;
          why = e.message;
        } else throw e;
      }
      if (next === state || !allFinite(next.point) || !Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
        status = 'diverged';
        stoppedBecause = `step ${k} left the range of finite numbers: ${why}`;
        break;
      }
      // oscillation: consecutive steps pointing against each other, or the loss rising
      for (let i = 0; i < step.length; i++) step[i] = next.point[i]! - state.point[i]!;
      const stepLength = norm(step);
      longestStep = Math.max(longestStep, stepLength);
      if (lastStep !== undefined && stepLength > 1e-9 * longestStep) {
        let d = 0;
        for (let i = 0; i < step.length; i++) d += step[i]! * lastStep[i]!;
        if (d < 0) oscillated = true;
      }
      if (stepLength > 1e-9 * longestStep) {
        // The kept step's buffer becomes lastStep; the other one is written next time.
        [stepBefore, step] = [step, stepBefore];
        lastStep = stepBefore;
      }
      const previous = losses[losses.length - 1]!;
      if (loss - previous > 1e-12 * (Math.abs(l0) + Math.abs(previous))) oscillated = true;

      spare = state;
      state = next;
      points.push(next.point.slice());
      losses.push(loss);
      gradNorms.push(gradNorm);

      const converged = oscillated ? 'converged-with-oscillation' : 'converged';
      if (loss > bound) {
        status = 'diverged';
        stoppedBecause = `the loss grew past ${bound.toPrecision(3)} at step ${k}`;
      } else if (gradTolerance > 0 && gradNorm <= gradTolerance) {
        status = converged;
        stoppedBecause = `the gradient fell below ${gradTolerance} at step ${k}`;
      } else if (tolerance > 0 && Math.abs(loss - previous) < tolerance) {
        status = converged;
        stoppedBecause = `the loss changed by less than ${tolerance} at step ${k}`;
      }
    }

    taken = points.length - 1;
    return status !== undefined || taken >= maxSteps;
  };

  /** The run's answer; the run is over (the state's arrays are no longer written). */
  const result = (): DescentPath<S> => {
    const steps = points.length - 1;
    // The last point recorded is the final state's own, as `step` returned it before.
    points[steps] = state.point;
    if (status === undefined) {
      const last = losses[steps]!;
      if (last > l0 + 1e-12 * (Math.abs(l0) + Math.abs(last))) {
        status = 'diverged';
        stoppedBecause = `after ${steps} steps the loss is higher than at the start`;
      } else if (tolerance > 0 || gradTolerance > 0) {
        status = 'stalled';
        stoppedBecause = `${steps} steps were not enough to meet the tolerance`;
      } else {
        status = 'max-steps';
        stoppedBecause = `took all ${steps} steps`;
      }
    }
    return {
      points,
      losses: Float64Array.from(losses),
      gradNorms: Float64Array.from(gradNorms),
      steps,
      status,
      oscillated,
      stoppedBecause,
      finalState: state,
    };
  };
  return { advance, result };
}
