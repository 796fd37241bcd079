import { CoreError, assertFiniteArray } from '../errors';
import type { Matrix } from './matrix';

/**
 * Throws unless `m` is a square, finite, symmetric matrix (to within
 * 1e-10 of its largest entry: Gram matrices summed in another order differ
 * in the last bits). Returns the exactly symmetric average (M + Mᵀ)/2.
 */
export function assertSymmetric(m: Matrix, what = 'the matrix'): Matrix {
  if (m.rows !== m.cols) {
    throw new CoreError('mismatch', `${what} must be square, got ${m.rows}×${m.cols}`);
  }
  assertFiniteArray(m.data, what);
  const n = m.rows;
  let largest = 0;
  for (const v of m.data) largest = Math.max(largest, Math.abs(v));
  const out = new Float64Array(m.data);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = m.data[i * n + j]!;
      const b = m.data[j * n + i]!;
      if (Math.abs(a - b) > 1e-10 * largest) {
        throw new CoreError(
          'invalid',
          `${what} must be symmetric: entry (${i}, ${j}) is ${a} but (${j}, ${i}) is ${b}`,
        );
      }
      const mean = 0.5 * a + 0.5 * b;
      out[i * n + j] = mean;
      out[j * n + i] = mean;
    }
  }
  return { rows: n, cols: n, data: out };
}
