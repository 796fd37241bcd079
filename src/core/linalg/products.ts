import { CoreError } from '../errors';
import type { Matrix } from './matrix';

/** Mᵀ. */
export function transpose(m: Matrix): Matrix {
  const { rows, cols, data } = m;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[j * rows + i] = data[i * cols + j]!;
  return { rows: cols, cols: rows, data: out };
}

/** The product AB. */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new CoreError('mismatch', `cannot multiply a ${a.rows}×${a.cols} matrix by a ${b.rows}×${b.cols} matrix`);
  }
  const out = new Float64Array(a.rows * b.cols);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < b.cols; j++) {
      let s = 0;
      for (let k = 0; k < a.cols; k++) s += a.data[i * a.cols + k]! * b.data[k * b.cols + j]!;
      out[i * b.cols + j] = s;
    }
  }
  return { rows: a.rows, cols: b.cols, data: out };
}

/** The product Mv. */
export function matvec(m: Matrix, v: ArrayLike<number>): Float64Array {
  if (m.cols !== v.length) {
    throw new CoreError('mismatch', `cannot multiply a ${m.rows}×${m.cols} matrix by a vector of length ${v.length}`);
  }
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    let s = 0;
    for (let k = 0; k < m.cols; k++) s += m.data[i * m.cols + k]! * v[k]!;
    out[i] = s;
  }
  return out;
}

/** The Gram matrix XᵀX (p×p, exactly symmetric: only one triangle is summed). */
export function gram(x: Matrix): Matrix {
  const { rows: n, cols: p, data } = x;
  const out = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = i; j < p; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += data[k * p + i]! * data[k * p + j]!;
      out[i * p + j] = s;
      out[j * p + i] = s;
    }
  }
  return { rows: p, cols: p, data: out };
}

/** Xᵀy, the right-hand side of the normal equations. */
export function transposeTimes(x: Matrix, y: ArrayLike<number>): Float64Array {
  if (x.rows !== y.length) {
    throw new CoreError('mismatch', `X has ${x.rows} rows but y has ${y.length} entries`);
  }
  const out = new Float64Array(x.cols);
  for (let j = 0; j < x.cols; j++) {
    let s = 0;
    for (let k = 0; k < x.rows; k++) s += x.data[k * x.cols + j]! * y[k]!;
    out[j] = s;
  }
  return out;
}
