import { CoreError } from '../errors';
import type { Matrix } from './matrix';
import { assertSymmetric } from './symmetric';

/** Where a Cholesky factorisation broke down: the first dependent column. */
export class NotPositiveDefinite extends CoreError {
  /** 0-based index of the column that is (numerically) a combination of the ones before it. */
  readonly column: number;
  constructor(column: number) {
    super('singular', `the matrix is not positive definite: column ${column + 1} depends on the columns before it`);
    this.column = column;
  }
}

/**
 * The lower-triangular L with A = LLᵀ for a symmetric positive-definite A.
 * Column k is rejected when its pivot (the part of A_kk not explained by the
 * earlier columns) is at most `relativeTolerance`·A_kk: for a Gram matrix that
 * pivot over A_kk is sin² of the angle between column k of X and the span of
 * the columns before it.
 */
export function cholesky(a: Matrix, relativeTolerance = 1e-12): Matrix {
  const s = assertSymmetric(a).data;
  const n = a.rows;
  const l = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    let d = s[k * n + k]!;
    for (let j = 0; j < k; j++) d -= l[k * n + j]! * l[k * n + j]!;
    if (!(d > relativeTolerance * s[k * n + k]!) || d <= 0) throw new NotPositiveDefinite(k);
    const lkk = Math.sqrt(d);
    l[k * n + k] = lkk;
    for (let i = k + 1; i < n; i++) {
      let t = s[i * n + k]!;
      for (let j = 0; j < k; j++) t -= l[i * n + j]! * l[k * n + j]!;
      l[i * n + k] = t / lkk;
    }
  }
  return { rows: n, cols: n, data: l };
}

/** Solves LLᵀx = b given the Cholesky factor L. */
export function choleskySolve(l: Matrix, b: ArrayLike<number>): Float64Array {
  const n = l.rows;
  if (b.length !== n) throw new CoreError('mismatch', `the factor is ${n}×${n} but b has ${b.length} entries`);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let j = 0; j < i; j++) s -= l.data[i * n + j]! * z[j]!;
    z[i] = s / l.data[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = z[i]!;
    for (let j = i + 1; j < n; j++) s -= l.data[j * n + i]! * x[j]!;
    x[i] = s / l.data[i * n + i]!;
  }
  return x;
}
