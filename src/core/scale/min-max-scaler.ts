import { CoreError, assertFinite } from '../errors';
import type { Matrix } from '../linalg/matrix';
import { assertData, finiteEntries, mapEntries } from './columns';

/**
 * A fitted min-max scaling onto `featureRange` = [lo, hi], as scikit-learn's
 * MinMaxScaler: x ↦ x·scale + min with scale = (hi − lo)/(max − min) and
 * min = lo − dataMin·scale. A constant column (range below 10ε) is divided by
 * 1 instead of 0, as sklearn's `_handle_zeros_in_scale` does, so it maps to lo.
 */
export interface MinMaxScaler {
  readonly kind: 'min-max';
  readonly featureRange: readonly [number, number];
  readonly dataMin: Float64Array;
  readonly dataMax: Float64Array;
  readonly scale: Float64Array;
  readonly min: Float64Array;
}

export function fitMinMaxScaler(x: Matrix, featureRange: readonly [number, number] = [0, 1]): MinMaxScaler {
  assertData(x, 'X');
  const [lo, hi] = featureRange;
  assertFinite(lo, 'the lower end of the feature range');
  assertFinite(hi, 'the upper end of the feature range');
  if (!(lo < hi)) throw new CoreError('out-of-range', `the feature range must have lo < hi, got [${lo}, ${hi}]`);
  const { rows: n, cols: p, data } = x;
  const dataMin = new Float64Array(p).fill(Infinity);
  const dataMax = new Float64Array(p).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) {
      const v = data[i * p + j]!;
      if (v < dataMin[j]!) dataMin[j] = v;
      if (v > dataMax[j]!) dataMax[j] = v;
    }
  }
  const scale = new Float64Array(p);
  const min = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const range = dataMax[j]! - dataMin[j]!;
    const width = hi - lo;
    if (Number.isFinite(range) && Number.isFinite(width)) {
      scale[j] = width / (range < 10 * Number.EPSILON ? 1 : range);
    } else {
      // a range or width beyond the largest double (e.g. data from −1e308 to 1e308): halve both
      scale[j] = (hi / 2 - lo / 2) / (dataMax[j]! / 2 - dataMin[j]! / 2);
    }
    min[j] = lo - dataMin[j]! * scale[j]!;
    if (!Number.isFinite(min[j]!) || !(scale[j]! > 0)) {
      throw new CoreError(
        'out-of-range',
        `column ${j + 1} of X cannot be mapped onto [${lo}, ${hi}] within the range of numbers; rescale the data first`,
      );
    }
  }
  return { kind: 'min-max', featureRange: [lo, hi], dataMin, dataMax, scale, min };
}

/** x·scale + min for every row of X. */
export function minMaxTransform(s: MinMaxScaler, x: Matrix): Matrix {
  assertData(x, 'X', s.scale.length);
  return finiteEntries(
    mapEntries(x, (v, j) => v * s.scale[j]! + s.min[j]!),
    'the scaled data',
  );
}

/** The inverse: (z − min)/scale. */
export function minMaxInverse(s: MinMaxScaler, z: Matrix): Matrix {
  assertData(z, 'the scaled data', s.scale.length);
  return finiteEntries(
    mapEntries(z, (v, j) => {
      const d = v - s.min[j]!;
      return Number.isFinite(d) ? d / s.scale[j]! : ((v / 2 - s.min[j]! / 2) / s.scale[j]!) * 2;
    }),
    'the data mapped back',
  );
}

/** sklearn-style namespace: `minMaxScaler.fit(X, range?)`, `.transform(s, X)`, `.inverseTransform(s, Z)`. */
export const minMaxScaler = {
  fit: fitMinMaxScaler,
  transform: minMaxTransform,
  inverseTransform: minMaxInverse,
  fitTransform(x: Matrix, featureRange?: readonly [number, number]): { scaler: MinMaxScaler; transformed: Matrix } {
    const scaler = fitMinMaxScaler(x, featureRange);
    return { scaler, transformed: minMaxTransform(scaler, x) };
  },
} as const;
