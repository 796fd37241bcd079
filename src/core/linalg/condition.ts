import type { Matrix } from './matrix';
import { symmetricEigen } from './eigen';
import { symmetricEigen2 } from './eigen2';
import { assertSymmetric } from './symmetric';

/** Eigenvalues of a symmetric matrix, ascending; 2×2 by the closed form. */
export function symmetricSpectrum(m: Matrix): Float64Array {
  const s = assertSymmetric(m);
  if (s.rows === 2) {
    const [a, b, , d] = s.data;
    return Float64Array.from(symmetricEigen2(a!, b!, d!).values);
  }
  return symmetricEigen(s).values;
}

/**
 * The 2-norm condition number of a symmetric matrix, max|λ| / min|λ|
 * (λ_max/λ_min for a Gram matrix XᵀX; the same as numpy's `np.linalg.cond`).
 * Returns Infinity when the matrix is singular (min|λ| = 0), so a widget can
 * print "∞" instead of failing.
 */
export function conditionNumber(m: Matrix): number {
  const values = symmetricSpectrum(m);
  let big = 0;
  let small = Infinity;
  for (const v of values) {
    big = Math.max(big, Math.abs(v));
    small = Math.min(small, Math.abs(v));
  }
  if (small === 0) return Infinity;
  return big / small;
}
