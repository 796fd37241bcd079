import { CoreError, assertFiniteArray } from '../errors';
import type { Matrix } from './matrix';

/**
 * Solves Ax = b by Gaussian elimination with partial pivoting. Throws
 * CoreError('singular') when a pivot is zero or negligible (below
 * n·ε·max|A|), i.e. A is singular to working precision.
 */
export function solve(a: Matrix, b: ArrayLike<number>): Float64Array {
  const n = a.rows;
  if (a.cols !== n) throw new CoreError('mismatch', `solve needs a square matrix, got ${a.rows}×${a.cols}`);
  if (b.length !== n)
    throw new CoreError('mismatch', `the matrix is ${n}×${n} but the right-hand side has ${b.length} entries`);
  assertFiniteArray(a.data, 'A');
  assertFiniteArray(b, 'b');
  const m = new Float64Array(a.data);
  const x = Float64Array.from(b);
  let largest = 0;
  for (const v of m) largest = Math.max(largest, Math.abs(v));
  const tiny = n * Number.EPSILON * largest;

  for (let k = 0; k < n; k++) {
    let pivotRow = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(m[i * n + k]!) > Math.abs(m[pivotRow * n + k]!)) pivotRow = i;
    }
    const pivot = m[pivotRow * n + k]!;
    if (Math.abs(pivot) <= tiny) {
      throw new CoreError('singular', `the matrix is singular: column ${k + 1} depends on the others`);
    }
    if (pivotRow !== k) {
      for (let j = 0; j < n; j++) {
        const t = m[k * n + j]!;
        m[k * n + j] = m[pivotRow * n + j]!;
        m[pivotRow * n + j] = t;
      }
      const t = x[k]!;
      x[k] = x[pivotRow]!;
      x[pivotRow] = t;
    }
    for (let i = k + 1; i < n; i++) {
      const f = m[i * n + k]! / pivot;
      if (f === 0) continue;
      for (let j = k; j < n; j++) m[i * n + j] = m[i * n + j]! - f * m[k * n + j]!;
      x[i] = x[i]! - f * x[k]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i]!;
    for (let j = i + 1; j < n; j++) s -= m[i * n + j]! * x[j]!;
    x[i] = s / m[i * n + i]!;
  }
  return x;
}
