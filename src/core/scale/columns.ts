import { CoreError, assertFiniteArray } from '../errors';
import type { Matrix } from '../linalg/matrix';

/** Throws unless X is a finite n×p matrix (n ≥ 1) with `features` columns, when given. */
export function assertData(x: Matrix, what: string, features?: number): void {
  if (x.rows < 1 || x.cols < 1 || x.data.length !== x.rows * x.cols) {
    throw new CoreError('empty', `${what} must have at least one row and one column`);
  }
  if (features !== undefined && x.cols !== features) {
    throw new CoreError('mismatch', `${what} has ${x.cols} columns but the scaler was fitted on ${features}`);
  }
  assertFiniteArray(x.data, what);
}

/** Applies f(value, column) to every entry, returning a new matrix. */
export function mapEntries(x: Matrix, f: (v: number, j: number) => number): Matrix {
  const { rows, cols, data } = x;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = f(data[i * cols + j]!, j);
  return { rows, cols, data: out };
}

/**
 * Returns x when every entry is finite; otherwise throws a CoreError: a transform of finite
 * data whose result is beyond the largest double (e.g. 1e300 divided by a scale of 1e-10).
 */
export function finiteEntries(x: Matrix, what: string): Matrix {
  for (let k = 0; k < x.data.length; k++) {
    if (!Number.isFinite(x.data[k]!)) {
      const i = Math.floor(k / x.cols);
      const j = k % x.cols;
      throw new CoreError(
        'out-of-range',
        `${what} would hold a number beyond the largest double in row ${i + 1}, column ${j + 1}; rescale the data first`,
      );
    }
  }
  return x;
}
