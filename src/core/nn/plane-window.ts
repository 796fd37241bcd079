import { CoreError, assertFiniteArray } from '../errors';

/**
 * A window around a projected path for the landscape on its plane: the box of
 * the points (with the origin, the trained parameters) widened by `margin` of
 * its larger side on every edge, and squared up so α and β share one scale.
 */
export function planeWindow(
  alpha: ArrayLike<number>,
  beta: ArrayLike<number>,
  margin = 0.25,
): { x: [number, number]; y: [number, number] } {
  assertFiniteArray(alpha, 'α');
  assertFiniteArray(beta, 'β');
  if (alpha.length !== beta.length)
    throw new CoreError('mismatch', `${alpha.length} values of α but ${beta.length} of β`);
  if (!(margin >= 0 && margin <= 10))
    throw new CoreError('out-of-range', `the margin must be from 0 to 10, got ${margin}`);
  let [a0, a1, b0, b1] = [0, 0, 0, 0];
  for (let i = 0; i < alpha.length; i++) {
    a0 = Math.min(a0, alpha[i]!);
    a1 = Math.max(a1, alpha[i]!);
    b0 = Math.min(b0, beta[i]!);
    b1 = Math.max(b1, beta[i]!);
  }
  const side = Math.max(a1 - a0, b1 - b0, 1e-6) * (1 + 2 * margin);
  const ca = (a0 + a1) / 2;
  const cb = (b0 + b1) / 2;
  return { x: [ca - side / 2, ca + side / 2], y: [cb - side / 2, cb + side / 2] };
}
