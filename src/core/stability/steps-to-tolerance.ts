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
  if (p === 2) return countPlane(H, minimiser, start, eta, tolerance, maxSteps);
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
    const done = e;
    e = next;
    next = done;
    const q = excess();
    if (!(q <= bound)) return { status: 'diverged', steps: null };
    if (q < tolerance) return { status: 'reached', steps: k };
  }
  return { status: 'not-reached', steps: null };
}

/**
 * The same count for two parameters (every widget's case) in scalar locals: the same
 * floating-point operations in the same order as the general loop above (each sum starts
 * at 0 and adds left to right), so the same count to the step, several times faster (the
 * general loop's closure and typed arrays cost ~30 ns a step; a count can take 90,000).
 */
function countPlane(
  H: ArrayLike<number>,
  minimiser: ArrayLike<number>,
  start: ArrayLike<number>,
  eta: number,
  tolerance: number,
  maxSteps: number,
): StepsToTolerance {
  const h00 = H[0]!;
  const h01 = H[1]!;
  const h10 = H[2]!;
  const h11 = H[3]!;
  let e0 = start[0]! - minimiser[0]!;
  let e1 = start[1]! - minimiser[1]!;
  let r0 = 0 + h00 * e0 + h01 * e1;
  let r1 = 0 + h10 * e0 + h11 * e1;
  const first = (0 + e0 * r0 + e1 * r1) / 2;
  if (first < tolerance) return { status: 'reached', steps: 0 };
  const bound = 1e12 * first;
  for (let k = 1; k <= maxSteps; k++) {
    e0 = e0 - eta * r0;
    e1 = e1 - eta * r1;
    r0 = 0 + h00 * e0 + h01 * e1;
    r1 = 0 + h10 * e0 + h11 * e1;
    const q = (0 + e0 * r0 + e1 * r1) / 2;
    if (!(q <= bound)) return { status: 'diverged', steps: null };
    if (q < tolerance) return { status: 'reached', steps: k };
  }
  return { status: 'not-reached', steps: null };
}
