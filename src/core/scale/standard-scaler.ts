import type { Matrix } from '../linalg/matrix';
import { assertData, mapEntries } from './columns';

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
  const { rows: n, cols: p, data } = x;
  const mean = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j] = mean[j]! + data[i * p + j]!;
  for (let j = 0; j < p; j++) mean[j] = mean[j]! / n;
  const variance = new Float64Array(p);
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let squares = 0;
    let correction = 0;
    for (let i = 0; i < n; i++) {
      const d = data[i * p + j]! - mean[j]!;
      correction += d;
      squares += d * d;
    }
    const v = (squares - (correction * correction) / n) / n;
    variance[j] = v;
    const eps = Number.EPSILON;
    const constant = v <= n * eps * v + (n * mean[j]! * eps) ** 2;
    scale[j] = constant ? 1 : Math.sqrt(v);
  }
  return { kind: 'standard', nSamples: n, mean, variance, scale };
}

/** (x − mean)/scale for every row of X. */
export function standardize(s: StandardScaler, x: Matrix): Matrix {
  assertData(x, 'X', s.mean.length);
  return mapEntries(x, (v, j) => (v - s.mean[j]!) / s.scale[j]!);
}

/** The inverse: z·scale + mean. */
export function unstandardize(s: StandardScaler, z: Matrix): Matrix {
  assertData(z, 'the scaled data', s.mean.length);
  return mapEntries(z, (v, j) => v * s.scale[j]! + s.mean[j]!);
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
