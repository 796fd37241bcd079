import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearThresholds, logThresholds, quantileThresholds } from '~/core/contour/thresholds';
import { CoreError } from '~/core/errors';

const ascendingInside = (t: number[], min: number, max: number): void => {
  for (let k = 0; k < t.length; k++) {
    expect(t[k]!).toBeGreaterThan(min);
    expect(t[k]!).toBeLessThan(max);
    if (k > 0) expect(t[k]!).toBeGreaterThan(t[k - 1]!);
  }
};

describe('linearThresholds', () => {
  it('spaces levels evenly strictly inside (min, max)', () => {
    expect(linearThresholds(0, 10, 4)).toEqual([2, 4, 6, 8]);
    expect(linearThresholds(3, 3, 5)).toEqual([]);
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (a, w, n) => {
          const t = linearThresholds(a, a + w, n);
          expect(t).toHaveLength(n);
          ascendingInside(t, a, a + w);
        },
      ),
    );
  });

  it('throws for bad input', () => {
    expect(() => linearThresholds(1, 0, 3)).toThrow(CoreError);
    expect(() => linearThresholds(0, NaN, 3)).toThrow(CoreError);
    expect(() => linearThresholds(0, 1, 0)).toThrow(CoreError);
    expect(() => linearThresholds(0, 1, 2.5)).toThrow(CoreError);
  });
});

describe('logThresholds', () => {
  it('is geometric above the minimum: constant ratio of the gaps (t − min)', () => {
    const t = logThresholds(0.01, 100.01, 8, 4);
    expect(t[0]!).toBeCloseTo(0.01 + 0.01, 12);
    for (let k = 1; k < t.length; k++) expect((t[k]! - 0.01) / (t[k - 1]! - 0.01)).toBeCloseTo(10 ** (4 / 8), 9);
  });

  it('works for min ≤ 0 by offsetting', () => {
    const t = logThresholds(-1.03, 20, 10);
    expect(t).toHaveLength(10);
    ascendingInside(t, -1.03, 20);
    expect(t[0]! + 1.03).toBeCloseTo(21.03e-3, 12);
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        (a, w, n) => {
          ascendingInside(logThresholds(a, a + w, n), a, a + w);
        },
      ),
    );
  });

  it('throws for bad decades; a flat surface has no levels', () => {
    expect(() => logThresholds(0, 1, 5, 0)).toThrow(CoreError);
    expect(() => logThresholds(0, 1, 5, NaN)).toThrow(CoreError);
    expect(logThresholds(2, 2, 5)).toEqual([]);
  });
});

describe('quantileThresholds', () => {
  it('takes quantiles k/(count + 1) like numpy.quantile, ignoring non-finite values', () => {
    const v = [NaN, 5, 1, 4, 2, 3, Infinity];
    expect(quantileThresholds(v, 3)).toEqual([2, 3, 4]);
    // numpy.quantile([1, 2, 3, 4, 5], 1/5) = 1.8
    expect(quantileThresholds([1, 2, 3, 4, 5], 4)[0]).toBeCloseTo(1.8, 14);
  });

  it('drops duplicates and the extremes; throws without finite values', () => {
    expect(quantileThresholds([1, 1, 1, 1, 2], 3)).toEqual([]);
    expect(quantileThresholds([0, 0, 0, 5, 10], 3)).toEqual([5]);
    expect(() => quantileThresholds([NaN], 3)).toThrow(CoreError);
  });
});
