import { CoreError } from '../errors';
import type { Objective } from '../loss/objective';
import { assertFits, startPoint, stepByCopy, type Mutable, type Optimizer, type OptimizerState } from './optimizer';
import { learningRate } from './params';

export interface BacktrackingParams {
  /** η₀ > 0: the first step tried at every iteration (default 1). */
  readonly initialStep?: number;
  /** c ∈ (0, 1): the sufficient-decrease constant (default 1e-4, Nocedal & Wright's choice). */
  readonly c?: number;
  /** ρ ∈ (0, 1): the factor the step shrinks by after each rejected trial (default 0.5). */
  readonly rho?: number;
  /** The most shrinks per iteration, a whole number from 1 to 1100 (default 60). */
  readonly maxShrinks?: number;
}

export interface BacktrackingState extends OptimizerState<Required<BacktrackingParams>> {
  /** η_k: the step accepted at the last iteration (0 at the start, or when none was found). */
  readonly acceptedStep: number;
  /** How many trial points the last iteration evaluated (0 at the start). */
  readonly trials: number;
}

/** The result of one backtracking line search. */
export interface ArmijoSearch {
  /** The accepted step η = η₀ρʲ, or 0 when no step within maxShrinks satisfied the condition. */
  readonly step: number;
  /** The accepted point p − ηg (p itself when step = 0). */
  readonly point: Float64Array;
  /** f at the accepted point. */
  readonly value: number;
  /** Trial points evaluated. */
  readonly trials: number;
}

function openUnit(v: number | undefined, fallback: number, what: string): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !(v > 0 && v < 1))
    throw new CoreError('out-of-range', `${what} must be between 0 and 1, got ${String(v)}`);
  return v;
}

export function backtrackingParams(params: BacktrackingParams): Required<BacktrackingParams> {
  const maxShrinks = params.maxShrinks ?? 60;
  if (!Number.isInteger(maxShrinks) || maxShrinks < 1 || maxShrinks > 1100) {
    throw new CoreError(
      'out-of-range',
      `the most shrinks per step must be a whole number from 1 to 1100, got ${String(maxShrinks)}`,
    );
  }
  return {
    initialStep: params.initialStep === undefined ? 1 : learningRate(params.initialStep),
    c: openUnit(params.c, 1e-4, 'the sufficient-decrease constant c'),
    rho: openUnit(params.rho, 0.5, 'the shrink factor ρ'),
    maxShrinks,
  };
}

/**
 * Backtracking (Armijo) line search along −g from p: tries η = η₀, η₀ρ, η₀ρ², … and accepts
 * the first η with f(p − ηg) ≤ f(p) − c·η·‖g‖² (sufficient decrease). g is the gradient the
 * objective reports; when it is s·∇f (the halved-gradient convention of the regression
 * chapters, s = ½) this is Armijo's condition for the direction −g with constant c·s. A trial
 * point where f is not finite (or the objective refuses it) is rejected like any other.
 * When no η within maxShrinks passes, the step is 0. Near a minimum the decrease c·η·‖g‖²
 * falls below the rounding of f (about 2.2e-16·|f|): then only ever smaller steps pass and
 * progress stalls, so stop such runs with a gradient tolerance above that floor.
 */
export function armijoSearch(
  objective: Objective,
  p: ArrayLike<number>,
  g: ArrayLike<number>,
  f0: number,
  params: Required<BacktrackingParams>,
): ArmijoSearch {
  const n = p.length;
  let gg = 0;
  for (let i = 0; i < n; i++) gg += g[i]! * g[i]!;
  let eta = params.initialStep;
  for (let trial = 1; trial <= params.maxShrinks + 1; trial++) {
    const point = new Float64Array(n);
    let finite = true;
    for (let i = 0; i < n; i++) {
      point[i] = p[i]! - eta * g[i]!;
      if (!Number.isFinite(point[i]!)) finite = false;
    }
    let value = NaN;
    if (finite) {
      try {
        value = objective.value(point);
      } catch (e) {
        if (!(e instanceof CoreError && e.code === 'non-finite')) throw e;
      }
    }
    // gg may overflow to ∞: then only a finite decrease of f below f0 can be checked honestly
    const needed = Number.isFinite(gg) ? f0 - params.c * eta * gg : -Infinity;
    if (Number.isFinite(value) && (value <= needed || (!Number.isFinite(gg) && value < f0))) {
      return { step: eta, point, value, trials: trial };
    }
    eta *= params.rho;
  }
  return { step: 0, point: Float64Array.from(p), value: f0, trials: params.maxShrinks + 1 };
}

/**
 * Gradient descent whose step is chosen afresh at every iteration by backtracking (Armijo)
 * line search, `armijoSearch`: the practical answer to "how large should η be?". With
 * initialStep above 2/λ_max, where a fixed step diverges, it still converges, because each
 * accepted step lowers the loss.
 */
export const backtracking: Optimizer<BacktrackingParams, BacktrackingState> = {
  id: 'backtracking',
  name: 'Gradient descent with backtracking line search',
  init(p0, params) {
    return { point: startPoint(p0), iteration: 0, params: backtrackingParams(params), acceptedStep: 0, trials: 0 };
  },
  step: stepByCopy<BacktrackingState>((s, o) => backtracking.advance(s, o)),
  advance(state: BacktrackingState, objective: Objective): void {
    assertFits(state.point, objective);
    const g = objective.gradient(state.point);
    const f0 = objective.value(state.point);
    const search = armijoSearch(objective, state.point, g, f0, state.params);
    const s = state as Mutable<BacktrackingState>;
    s.point.set(search.point);
    s.iteration = state.iteration + 1;
    s.acceptedStep = search.step;
    s.trials = search.trials;
  },
};
