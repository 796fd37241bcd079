import { CoreError, assertFinite, assertPositive } from '../errors';
import type { Matrix } from '../linalg/matrix';
import { curvatures, type Curvatures } from './curvature';
import { convergenceFactorOf } from './spectrum';

/** How one eigendirection of H fares under a step η. */
export interface DirectionFactor {
  /** The curvature λ along this direction. */
  readonly lambda: number;
  /** The unit eigenvector. */
  readonly direction: Float64Array;
  /** 1 − ηλ: the error along `direction` is multiplied by this each step (negative: it flips side). */
  readonly factor: number;
  /** |1 − ηλ|: below 1 it shrinks, above 1 it grows. */
  readonly rate: number;
}

/** The per-eigendirection factors 1 − ηλ_i, in ascending order of λ. */
export function contractionFactors(eta: number, h: Matrix): DirectionFactor[] {
  return contractionFactorsOf(eta, curvatures(h));
}

/**
 * The same factors from H's curvatures worked out once (`curvatures(h)`): for many steps η on one
 * H, without an eigen-decomposition per η.
 */
export function contractionFactorsOf(eta: number, c: Curvatures): DirectionFactor[] {
  assertPositive(eta, 'the learning rate η');
  return Array.from(c.values, (lambda, k) => {
    const factor = 1 - eta * lambda;
    return { lambda, direction: c.directions[k]!, factor, rate: Math.abs(factor) };
  });
}

/**
 * The worst rate max|1 − ηλ_i| over the directions with positive curvature
 * (flat directions, λ = 0, keep their error but add nothing to the loss).
 */
export function worstRate(eta: number, h: Matrix): number {
  assertPositive(eta, 'the learning rate η');
  return convergenceFactorOf(eta, curvatures(h));
}

/**
 * Predicted number of steps until the distance to the minimiser has shrunk
 * by the factor `reduction` (e.g. 1e-6) for every start:
 * ceil(log(reduction) / log(ρ)), ρ = `worstRate(η, H)`. The loss gap shrinks
 * by ρ² per step, so it reaches reduction² in the same number of steps.
 * Infinity when ρ ≥ 1 (the step never gets there); 1 when ρ = 0.
 */
export function stepsToReduce(eta: number, h: Matrix, reduction: number): number {
  assertFinite(reduction, 'the reduction factor');
  if (!(reduction > 0 && reduction < 1)) {
    throw new CoreError('out-of-range', `the reduction factor must be between 0 and 1, got ${reduction}`);
  }
  const rho = worstRate(eta, h);
  if (rho >= 1) return Infinity;
  if (rho === 0) return 1;
  // the small slack keeps an exact integer ratio from rounding up one step too many
  return Math.max(1, Math.ceil(Math.log(reduction) / Math.log(rho) - 1e-9));
}
