import type { Matrix } from '../linalg/matrix';
import { CoreError } from '../errors';
import { assertData, finiteEntries, mapEntries } from './columns';

/**
 * A fitted standardisation: x ↦ (x − mean)/scale per column, computed exactly
 * as scikit-learn's StandardScaler (with_mean, with_std) does it.
 */
export interface StandardScaler {
  readonly kind: 'standard';
  readonly nSamples: number;
  readonly mean: Float64Array;
  /** Population variance (ddof 0). */
  readonly variance: Float64Array;
  /** √variance, or 1 for a constant column (so it maps to 0 instead of dividing by 0). */
  readonly scale: Float64Array;
}

/**
 * Fits mean and scale to the columns of X (n×p, row-major). As sklearn's
 * `_incremental_mean_and_var`: mean = Σx/n, then variance =
 * (Σ(x − mean)² − (Σ(x − mean))²/n)/n, the second term correcting the rounding
 * of the mean. A column counts as constant, and gets scale 1, when
 * variance ≤ n·ε·variance + (n·mean·ε)² (sklearn's `_is_constant_feature`,
 * used by `_handle_zeros_in_scale`).
 */
export function fitStandardScaler(x: Matrix): StandardScaler {
  assertData(x, 'X');
  const { rows: n, cols: p } = x;
  const mean = new Float64Array(p);
  const variance = new Float64Array(p);
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let m = columnMoments(x, j, 1);
    // Huge entries (Σx or (x − mean)² beyond the largest double, e.g. 1e200 or 1e308): redo
    // the column divided by a power of two, which is exact, and scale the results back.
    let c = 1;
    if (!Number.isFinite(m.mean) || !Number.isFinite(m.variance)) {
      c = 2 ** Math.min(1023, Math.ceil(Math.log2(maxAbsColumn(x, j))));
      m = columnMoments(x, j, c);
    }
    mean[j] = m.mean * c;
    const v = m.variance * c * c;
    if (!Number.isFinite(v)) {
      throw new CoreError(
        'out-of-range',
        `column ${j + 1} of X spreads too widely: its standard deviation (about ${(Math.sqrt(m.variance) * c).toPrecision(2)}) squared is beyond the largest number; rescale the data first`,
      );
    }
    variance[j] = v;
    const eps = Number.EPSILON;
    const constant = v <= n * eps * v + (n * mean[j]! * eps) ** 2;
    scale[j] = constant ? 1 : Math.sqrt(v);
  }
  return { kind: 'standard', nSamples: n, mean, variance, scale };
}

/** max |x_ij| over column j (> 0 whenever the column's sums overflow). */
function maxAbsColumn(x: Matrix, j: number): number {
  let big = 0;
  for (let i = 0; i < x.rows; i++) big = Math.max(big, Math.abs(x.data[i * x.cols + j]!));
  return big;
}

/** Mean and variance of column j divided by c, the sklearn way (see fitStandardScaler). */
function columnMoments(x: Matrix, j: number, c: number): { mean: number; variance: number } {
  const { rows: n, cols: p, data } = x;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += data[i * p + j]! / c;
  const mean = sum / n;
  let squares = 0;
  let correction = 0;
  for (let i = 0; i < n; i++) {
    const d = data[i * p + j]! / c - mean;
    correction += d;
    squares += d * d;
  }
  return { mean, variance: (squares - (correction * correction) / n) / n };
}

/** (x − mean)/scale for every row of X. */
export function standardize(s: StandardScaler, x: Matrix): Matrix {
  assertData(x, 'X', s.mean.length);
  return finiteEntries(
    mapEntries(x, (v, j) => {
      const d = v - s.mean[j]!;
      // v − mean may overflow when both are huge and of opposite sign: halve first
      return Number.isFinite(d) ? d / s.scale[j]! : ((v / 2 - s.mean[j]! / 2) / s.scale[j]!) * 2;
    }),
    'the standardised data',
  );
}

/** The inverse: z·scale + mean. */
export function unstandardize(s: StandardScaler, z: Matrix): Matrix {
  assertData(z, 'the scaled data', s.mean.length);
  return finiteEntries(
    mapEntries(z, (v, j) => v * s.scale[j]! + s.mean[j]!),
    'the data mapped back',
  );
}

/** sklearn-style namespace: `standardScaler.fit(X)`, `.transform(s, X)`, `.inverseTransform(s, Z)`. */
export const standardScaler = {
  fit: fitStandardScaler,
  transform: standardize,
  inverseTransform: unstandardize,
  fitTransform(x: Matrix): { scaler: StandardScaler; transformed: Matrix } {
    const scaler = fitStandardScaler(x);
    return { scaler, transformed: standardize(scaler, x) };
  },
} as const;
