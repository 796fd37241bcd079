import { assertFiniteArray, CoreError } from '../errors';
import type { Matrix } from '../linalg/matrix';

/** What ‖y − Xβ‖² needs from the data for any β: XᵀX (p × p), Xᵀy, yᵀy and n. */
export interface GramStats {
  readonly n: number;
  readonly p: number;
  /** XᵀX, p × p, symmetric. */
  readonly xtx: Matrix;
  readonly xty: Float64Array;
  readonly yty: number;
}

/** The Gram statistics of a design matrix X (n × p, row-major) and targets y (length n). */
export function gramStats(X: Matrix, y: ArrayLike<number>): GramStats {
  const { rows: n, cols: p, data } = X;
  if (n === 0 || p === 0) throw new CoreError('empty', 'the design matrix X is empty');
  if (data.length !== n * p) throw new CoreError('mismatch', `X is ${n} × ${p} but holds ${data.length} numbers`);
  if (y.length !== n) throw new CoreError('mismatch', `X has ${n} rows but y has ${y.length} values`);
  assertFiniteArray(data, 'X');
  assertFiniteArray(y, 'y');
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  let yty = 0;
  for (let r = 0; r < n; r++) {
    const row = r * p;
    const yr = y[r]!;
    yty += yr * yr;
    for (let a = 0; a < p; a++) {
      const xa = data[row + a]!;
      xty[a]! += xa * yr;
      for (let b = a; b < p; b++) xtx[a * p + b]! += xa * data[row + b]!;
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtx[a * p + b] = xtx[b * p + a]!;
  return { n, p, xtx: { rows: p, cols: p, data: xtx }, xty, yty };
}

/** ‖y − Xβ‖² from the Gram statistics in O(p²): βᵀXᵀXβ − 2βᵀXᵀy + yᵀy. */
export function sseFromGram(stats: GramStats, beta: ArrayLike<number>): number {
  const { p, xtx, xty, yty } = stats;
  if (beta.length !== p) throw new CoreError('mismatch', `β must have ${p} coordinates, got ${beta.length}`);
  let quad = 0;
  let lin = 0;
  for (let a = 0; a < p; a++) {
    const ba = beta[a]!;
    lin += ba * xty[a]!;
    let row = 0;
    for (let b = 0; b < p; b++) row += xtx.data[a * p + b]! * beta[b]!;
    quad += ba * row;
  }
  return quad - 2 * lin + yty;
}
