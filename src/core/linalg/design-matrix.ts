import { assertFiniteArray } from '../errors';
import type { Matrix } from './matrix';

/**
 * The design matrix of simple linear regression, X = [1, x]: row i is (1, x_i),
 * so Xβ = β₀ + β₁x (numpy: `np.column_stack([np.ones((n, 1)), x])`).
 */
export function designMatrix(x: ArrayLike<number>): Matrix {
  assertFiniteArray(x, 'x');
  const n = x.length;
  const data = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    data[2 * i] = 1;
    data[2 * i + 1] = x[i]!;
  }
  return { rows: n, cols: 2, data };
}
