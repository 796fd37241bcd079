import { CoreError, assertFiniteArray } from '../errors';
import type { Matrix } from './matrix';

/** Checks that `rows` and `cols` are a valid positive size. */
function assertSize(rows: number, cols: number): void {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new CoreError('out-of-range', `a matrix needs at least one row and one column, got ${rows}×${cols}`);
  }
}

/** A matrix from a row-major Float64Array (the array is used as is, not copied). */
export function matrix(rows: number, cols: number, data: Float64Array): Matrix {
  assertSize(rows, cols);
  if (data.length !== rows * cols) {
    throw new CoreError('mismatch', `a ${rows}×${cols} matrix needs ${rows * cols} entries, got ${data.length}`);
  }
  return { rows, cols, data };
}

/** An all-zero rows×cols matrix. */
export function zeros(rows: number, cols: number): Matrix {
  assertSize(rows, cols);
  return { rows, cols, data: new Float64Array(rows * cols) };
}

/** The n×n identity matrix. */
export function identity(n: number): Matrix {
  const m = zeros(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** A matrix from a list of equally long rows of finite numbers. */
export function fromRows(rows: ReadonlyArray<ArrayLike<number>>): Matrix {
  if (rows.length === 0) throw new CoreError('empty', 'a matrix needs at least one row');
  const cols = rows[0]!.length;
  if (cols === 0) throw new CoreError('empty', 'a matrix needs at least one column');
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, i) => {
    if (row.length !== cols) {
      throw new CoreError('mismatch', `row ${i} has ${row.length} entries, row 0 has ${cols}`);
    }
    assertFiniteArray(row, `row ${i}`);
    for (let j = 0; j < cols; j++) data[i * cols + j] = row[j]!;
  });
  return { rows: rows.length, cols, data };
}

/** The rows of `m` as plain arrays (for display and tests). */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** Entry (i, j) of `m`. */
export function entry(m: Matrix, i: number, j: number): number {
  return m.data[i * m.cols + j]!;
}

/** Column j of `m` as a fresh array. */
export function column(m: Matrix, j: number): Float64Array {
  if (!Number.isInteger(j) || j < 0 || j >= m.cols) {
    throw new CoreError('out-of-range', `column ${j} does not exist in a matrix with ${m.cols} columns`);
  }
  const out = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j]!;
  return out;
}
