import { describe, expect, it } from 'vitest';
import { linearThresholds, logThresholds, quantileThresholds } from '~/core/contour/thresholds';

// Issue 13: max − min overflowed for huge finite ranges and the levels came out ∞ or NaN.
describe('thresholds over ranges beyond the largest double', () => {
  it('linearThresholds(−1e308, 1e308, 3) = −1e308·½, 0, 1e308·½', () => {
    const t = linearThresholds(-1e308, 1e308, 3);
    expect(t).toEqual([-5e307, 0, 5e307]);
  });

  it('linearThresholds stays finite and increasing for ±1e200 and up to the largest double', () => {
    for (const [lo, hi] of [
      [-1e200, 1e200],
      [-Number.MAX_VALUE, Number.MAX_VALUE],
      [0, 1e308],
    ] as const) {
      const t = linearThresholds(lo, hi, 9);
      expect(t).toHaveLength(9);
      for (let k = 0; k < t.length; k++) {
        expect(Number.isFinite(t[k]!)).toBe(true);
        expect(t[k]!).toBeGreaterThan(k === 0 ? lo : t[k - 1]!);
      }
      expect(t[t.length - 1]!).toBeLessThan(hi);
    }
  });

  it('logThresholds and quantileThresholds too', () => {
    const t = logThresholds(-1e308, 1e308, 8, 3);
    expect(t.length).toBeGreaterThan(0);
    expect(t.every((v) => Number.isFinite(v) && v > -1e308 && v < 1e308)).toBe(true);
    expect(t[0]).toBeCloseTo(-1e308 + 2e305, -300);
    const q = quantileThresholds([-1e308, 1e308], 3);
    expect(q).toEqual([-5e307, 0, 5e307]);
  });
});
