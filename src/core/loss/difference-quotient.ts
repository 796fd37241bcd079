import { assertFinite, CoreError } from '../errors';

/**
 * The forward difference quotient (f(x + h) − f(x)) / h, the slope of the secant that
 * closes in on f′(x) as h → 0. For tiny h (below ~1e-8 for values near 1) rounding error
 * takes over and the quotient gets worse, not better: that is floating point, not a bug.
 */
export function forwardDifference(f: (x: number) => number, x: number, h: number): number {
  assertFinite(x, 'x');
  assertFinite(h, 'h');
  if (h === 0) throw new CoreError('out-of-range', 'h must not be 0 (the quotient would divide by zero)');
  return (f(x + h) - f(x)) / h;
}
