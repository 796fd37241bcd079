import { CoreError, assertFinite, assertPositive } from '../errors';

/** η: finite and > 0. */
export function learningRate(eta: unknown): number {
  if (typeof eta !== 'number')
    throw new CoreError('invalid', `the learning rate η must be a number, got ${String(eta)}`);
  assertPositive(eta, 'the learning rate η');
  return eta;
}

/** A decay or momentum factor in [0, 1), or `fallback` when absent. */
export function fraction(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  assertFinite(value, what);
  if (value < 0 || value >= 1) throw new CoreError('out-of-range', `${what} must be in [0, 1), got ${value}`);
  return value;
}

/** A small positive constant (ε), or `fallback` when absent. */
export function positive(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  assertPositive(value, what);
  return value;
}

/**
 * The error AdaGrad, RMSProp and Adam throw when g² overflows (|g| above about 1.3e154): their
 * average of squared gradients becomes ∞, every step g/√∞ is 0 and the run would sit still
 * and look converged. `descentPath` turns this CoreError into a 'diverged' run.
 */
export function squaresOverflow(step: number): CoreError {
  return new CoreError('non-finite', `the squared gradient overflowed at step ${step} (a gradient above about 1e154)`);
}
