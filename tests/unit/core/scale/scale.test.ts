import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoScaleFeatures } from '~/core/data/two-scale-features';
import { CoreError } from '~/core/errors';
import { conditionNumber, fromRows, gram, matrix, toRows } from '~/core/linalg';
import type { Matrix } from '~/core/linalg';
import { minMaxScaler, standardScaler } from '~/core/scale';
import fx from '../../../fixtures/linalg/lecture003-scaling.json';

function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), 1));
  return worst;
}

describe('lecture 003 data against the numpy reproduction of sklearn', () => {
  const d = twoScaleFeatures();
  const X = matrix(d.n, d.p, Float64Array.from(d.X));

  it('is the fixture data', () => {
    expect(toRows(X)).toEqual(fx.X);
  });
  it('StandardScaler: mean_, var_, scale_ and the transformed data', () => {
    const { scaler, transformed } = standardScaler.fitTransform(X);
    expect(maxRelDiff(scaler.mean, fx.standard.mean)).toBeLessThan(1e-15);
    expect(maxRelDiff(scaler.variance, fx.standard.var)).toBeLessThan(1e-14);
    expect(maxRelDiff(scaler.scale, fx.standard.scale)).toBeLessThan(1e-14);
    expect(maxRelDiff(transformed.data, fx.standard.transformed.flat())).toBeLessThan(1e-14);
  });
  it('MinMaxScaler onto [0, 1] and onto [−1, 2]', () => {
    const { scaler, transformed } = minMaxScaler.fitTransform(X);
    expect(Array.from(scaler.dataMin)).toEqual(fx.minMax.dataMin);
    expect(Array.from(scaler.dataMax)).toEqual(fx.minMax.dataMax);
    expect(maxRelDiff(scaler.scale, fx.minMax.scale)).toBeLessThan(1e-15);
    expect(maxRelDiff(transformed.data, fx.minMax.transformed.flat())).toBeLessThan(1e-14);
    const r = minMaxScaler.fitTransform(X, [-1, 2]);
    expect(maxRelDiff(r.transformed.data, fx.minMaxRange.transformed.flat())).toBeLessThan(1e-14);
  });
  it('constant columns: scale 1 (standard → 0, min-max → lower end)', () => {
    const C = fromRows(fx.withConstant.X);
    const s = standardScaler.fitTransform(C);
    expect(s.scaler.scale[1]).toBe(1);
    expect(maxRelDiff(s.scaler.scale, fx.withConstant.standard.scale)).toBeLessThan(1e-14);
    expect(maxRelDiff(s.transformed.data, fx.withConstant.standard.transformed.flat())).toBeLessThan(1e-14);
    for (let i = 0; i < C.rows; i++) expect(Math.abs(s.transformed.data[i * 3 + 1]!)).toBeLessThan(1e-15);
    const m = minMaxScaler.fitTransform(C);
    expect(m.scaler.scale[1]).toBe(1);
    expect(maxRelDiff(m.transformed.data, fx.withConstant.minMax.transformed.flat())).toBeLessThan(1e-14);
  });
  it('standardising makes the Gram matrix well conditioned (chapter 7)', () => {
    const before = conditionNumber(gram(X));
    const after = conditionNumber(gram(standardScaler.fitTransform(X).transformed));
    expect(before / fx.gramConditionUnscaled - 1).toBeLessThan(1e-10);
    expect(Math.abs(after / fx.gramConditionScaled - 1)).toBeLessThan(1e-10);
    expect(before).toBeGreaterThan(1000 * after);
  });
});

const matrices = fc
  .record({ rows: fc.integer({ min: 2, max: 12 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, cols }) =>
    fc.tuple(
      fc.constant(rows),
      fc.constant(cols),
      // a grid of 0.01 keeps distinct values far from sklearn's near-constant threshold
      fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: rows * cols, maxLength: rows * cols }),
      fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: cols, maxLength: cols }),
    ),
  )
  .map(([rows, cols, raw, spread]): Matrix => {
    // columns of very different spreads and offsets, like lecture 003's
    const data = Float64Array.from(raw, (v, k) => (v / 100) * spread[k % cols]! + 7 * (k % cols));
    return matrix(rows, cols, data);
  });

function columnStats(m: Matrix, j: number): { mean: number; std: number } {
  let s = 0;
  for (let i = 0; i < m.rows; i++) s += m.data[i * m.cols + j]!;
  const mean = s / m.rows;
  let v = 0;
  for (let i = 0; i < m.rows; i++) v += (m.data[i * m.cols + j]! - mean) ** 2;
  return { mean, std: Math.sqrt(v / m.rows) };
}

function isConstantColumn(m: Matrix, j: number): boolean {
  for (let i = 1; i < m.rows; i++) if (m.data[i * m.cols + j] !== m.data[j]) return false;
  return true;
}

describe('properties on random matrices', () => {
  it('standardised columns have mean 0 and std 1 (constant columns: all 0); inverse round-trips', () => {
    fc.assert(
      fc.property(matrices, (X) => {
        const { scaler, transformed } = standardScaler.fitTransform(X);
        for (let j = 0; j < X.cols; j++) {
          const { mean, std } = columnStats(transformed, j);
          expect(Math.abs(mean)).toBeLessThan(1e-9);
          if (isConstantColumn(X, j)) expect(std).toBe(0);
          else expect(Math.abs(std - 1)).toBeLessThan(1e-9);
        }
        const back = standardScaler.inverseTransform(scaler, transformed);
        const scale = Math.max(...Array.from(X.data, Math.abs), 1);
        back.data.forEach((v, k) => expect(Math.abs(v - X.data[k]!)).toBeLessThan(1e-11 * scale));
      }),
      { numRuns: 150 },
    );
  });
  it('min-max columns span exactly [lo, hi]; inverse round-trips', () => {
    fc.assert(
      fc.property(matrices, (X) => {
        const { scaler, transformed } = minMaxScaler.fitTransform(X, [-1, 3]);
        for (let j = 0; j < X.cols; j++) {
          let lo = Infinity;
          let hi = -Infinity;
          for (let i = 0; i < X.rows; i++) {
            lo = Math.min(lo, transformed.data[i * X.cols + j]!);
            hi = Math.max(hi, transformed.data[i * X.cols + j]!);
          }
          expect(Math.abs(lo + 1)).toBeLessThan(1e-9);
          if (!isConstantColumn(X, j)) expect(Math.abs(hi - 3)).toBeLessThan(1e-9);
        }
        const back = minMaxScaler.inverseTransform(scaler, transformed);
        const scale = Math.max(...Array.from(X.data, Math.abs), 1);
        back.data.forEach((v, k) => expect(Math.abs(v - X.data[k]!)).toBeLessThan(1e-11 * scale));
      }),
      { numRuns: 150 },
    );
  });
});

describe('bad input', () => {
  it('rejects non-finite data, wrong widths and empty ranges', () => {
    expect(() => standardScaler.fit(matrix(1, 2, new Float64Array([1, NaN])))).toThrow(CoreError);
    const s = standardScaler.fit(
      fromRows([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(() => standardScaler.transform(s, fromRows([[1, 2, 3]]))).toThrow(
      expect.objectContaining({ code: 'mismatch' }),
    );
    expect(() => minMaxScaler.fit(fromRows([[1], [2]]), [1, 1])).toThrow(
      expect.objectContaining({ code: 'out-of-range' }),
    );
    expect(() => minMaxScaler.fit(fromRows([[1], [2]]), [0, Infinity])).toThrow(CoreError);
  });
});
