import { CoreError, assertFiniteArray } from '../errors';
import type { Objective } from '../loss/objective';

/**
 * The state every optimiser carries. States are immutable values: `step`
 * returns a new state and never writes into the old one (its arrays are fresh),
 * so a widget can keep every state of a run and scrub back and forth.
 */
export interface OptimizerState<P> {
  /** The current parameters p_k. */
  readonly point: Float64Array;
  /** k: the number of steps taken. */
  readonly iteration: number;
  /** The hyper-parameters, defaults filled in. */
  readonly params: Readonly<P>;
}

export type OptimizerId =
  'gradient-descent' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam' | 'backtracking';

/**
 * An optimiser as a pair of pure functions. `init` validates the
 * hyper-parameters (CoreError on bad ones) and the start; `step` takes one step
 * on `objective` from `state`. `advance` is the same step done in place — it
 * overwrites the state's point and arrays and counts the iteration — for hot
 * loops that run thousands of starts (basins) and keep no history; `step` is
 * `advance` on a copy, so each update rule is written once.
 */
export interface Optimizer<P, S extends OptimizerState<Required<P>>> {
  readonly id: OptimizerId;
  readonly name: string;
  init(p0: ArrayLike<number>, params: P): S;
  step(state: S, objective: Objective): S;
  advance(state: S, objective: Objective): void;
}

/** An optimiser with its hyper-parameters bound: what `descentPath` runs. */
export interface ConfiguredOptimizer<S extends OptimizerState<unknown>> {
  readonly id: OptimizerId;
  readonly name: string;
  init(p0: ArrayLike<number>): S;
  step(state: S, objective: Objective): S;
  /** One step in place (see Optimizer.advance): only on a state nothing else keeps. */
  advance(state: S, objective: Objective): void;
}

/** A state whose fields `advance` may overwrite. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * `step` from `advance`: copies the state (every typed array in it, so the old state is
 * never written) and advances the copy.
 */
export function stepByCopy<S extends OptimizerState<unknown>>(advance: (state: S, objective: Objective) => void) {
  return (state: S, objective: Objective): S => {
    const copy = { ...state } as Record<string, unknown>;
    for (const key of Object.keys(copy)) {
      const v = copy[key];
      if (v instanceof Float64Array) copy[key] = v.slice();
    }
    advance(copy as S, objective);
    return copy as S;
  };
}

/**
 * Any configured optimiser, whatever its state: the type for a list of them
 * (e.g. the optimiser race). Every `configure(…)` result is assignable to it.
 */
export type AnyConfiguredOptimizer = ConfiguredOptimizer<OptimizerState<unknown>>;

/**
 * Binds hyper-parameters to an optimiser, e.g. `configure(gradientDescent, { learningRate: 0.002 })`.
 * The parameters are validated now, so a bad η fails here rather than mid-run.
 */
export function configure<P, S extends OptimizerState<Required<P>>>(
  optimizer: Optimizer<P, S>,
  params: P,
): ConfiguredOptimizer<S> {
  optimizer.init([0], params); // validates params
  return {
    id: optimizer.id,
    name: optimizer.name,
    init: (p0) => optimizer.init(p0, params),
    step: (state, objective) => optimizer.step(state, objective),
    advance: (state, objective) => optimizer.advance(state, objective),
  };
}

/** A finite, non-empty copy of the start point. */
export function startPoint(p0: ArrayLike<number>): Float64Array {
  assertFiniteArray(p0, 'the start point');
  return Float64Array.from(p0);
}

/** Throws unless the state's point fits the objective. */
export function assertFits(point: Float64Array, objective: Objective): void {
  if (point.length !== objective.dim) {
    throw new CoreError('mismatch', `the point has ${point.length} coordinates but the loss takes ${objective.dim}`);
  }
}
