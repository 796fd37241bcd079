import { CoreError, assertFinite, assertFiniteArray, assertPositive } from '../errors';
import type { Matrix } from '../linalg/matrix';
import { assertSymmetric } from '../linalg/symmetric';

/** How a counted run of gradient descent on a quadratic ended. */
export interface StepsToTolerance {
  /** 'reached': the excess loss fell below the tolerance; 'diverged': it grew past 1e12 times its start; 'not-reached': neither within maxSteps. */
  readonly status: 'reached' | 'diverged' | 'not-reached';
  /** The first k with excess loss below the tolerance (0 if the start already is), or null. */
  readonly steps: number | null;
}

/** The most steps `stepsToTolerance` counts (a few milliseconds for a 2 × 2 Hessian). */
export const MAX_COUNTED_STEPS = 2_000_000;

/**
 * Counts the steps of gradient descent p ← p − η∇L(p) on a quadratic loss
 * L(p) = L* + ½(p − p*)ᵀH(p − p*) until the excess loss L(p) − L* is below
 * `tolerance`. H is the Hessian of the gradient actually stepped on (for an MSE with the
 * true gradient, 2XᵀX/n). Only the error e = p − p* is iterated (e ← e − ηHe), so
 * nothing is stored and a million steps are cheap: this is what a "steps to reach the
 * tolerance" read-out needs when the path itself is too long to record.
 */
export function stepsToTolerance(
  h: Matrix,
  minimiser: ArrayLike<number>,
  start: ArrayLike<number>,
  eta: number,
  tolerance: number,
  maxSteps = MAX_COUNTED_STEPS,
): StepsToTolerance {
  const s = assertSymmetric(h, 'the Hessian');
  const p = s.rows;
  if (minimiser.length !== p || start.length !== p) {
    throw new CoreError('mismatch', `the minimiser and the start must have ${p} coordinates`);
  }
  assertFiniteArray(minimiser, 'the minimiser');
  assertFiniteArray(start, 'the start');
  assertPositive(eta, 'the learning rate η');
  assertPositive(tolerance, 'the tolerance');
  assertFinite(maxSteps, 'the step budget');
  if (!Number.isInteger(maxSteps) || maxSteps < 0 || maxSteps > MAX_COUNTED_STEPS) {
    throw new CoreError(
      'out-of-range',
      `the step budget must be a whole number from 0 to ${MAX_COUNTED_STEPS}, got ${maxSteps}`,
    );
  }
  const H = s.data;
  let e = Float64Array.from({ length: p }, (_, i) => start[i]! - minimiser[i]!);
  const he = new Float64Array(p);
  const excess = (): number => {
    let q = 0;
    for (let i = 0; i < p; i++) {
      let r = 0;
      for (let j = 0; j < p; j++) r += H[i * p + j]! * e[j]!;
      he[i] = r;
      q += e[i]! * r;
    }
    return q / 2;
  };
  const first = excess();
  if (first < tolerance) return { status: 'reached', steps: 0 };
  const bound = 1e12 * first;
  let next = new Float64Array(p);
  for (let k = 1; k <= maxSteps; k++) {
    for (let i = 0; i < p; i++) next[i] = e[i]! - eta * he[i]!;
    [e, next] = [next, e];
    const q = excess();
    if (!(q <= bound)) return { status: 'diverged', steps: null };
    if (q < tolerance) return { status: 'reached', steps: k };
  }
  return { status: 'not-reached', steps: null };
}
