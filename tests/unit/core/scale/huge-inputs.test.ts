import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { fromRows } from '~/core/linalg';
import { minMaxScaler, standardScaler } from '~/core/scale';

// Issue 13: huge but finite inputs (±1e200, 1e308) gave ∞ or NaN. Now every result is finite
// or the call throws a CoreError saying the numbers are beyond the largest double.
const finiteOrCoreError = (f: () => { data: Float64Array } | Float64Array): void => {
  try {
    const out = f();
    const data = out instanceof Float64Array ? out : out.data;
    expect(Array.from(data).every(Number.isFinite)).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(CoreError);
  }
};

describe('StandardScaler with huge entries', () => {
  it('a column at 1e308 has mean 1e308 (the sum would overflow) and scales to 0', () => {
    const X = fromRows([
      [1e308, 1],
      [1e308, 2],
      [1e308, 3],
    ]);
    const { scaler, transformed } = standardScaler.fitTransform(X);
    expect(scaler.mean[0]).toBe(1e308);
    expect(scaler.scale[0]).toBe(1);
    expect(scaler.mean[1]).toBe(2);
    expect(Array.from(transformed.data).every(Number.isFinite)).toBe(true);
    expect(transformed.data[0]).toBe(0);
  });

  it('three entries of 2^1023 + 2^971 (their sum overflows): mean exact, a constant column', () => {
    const X = fromRows([[2 ** 1023 + 2 ** 971], [2 ** 1023 + 2 ** 971], [2 ** 1023 + 2 ** 971]]);
    const s = standardScaler.fit(X);
    expect(s.mean[0]).toBe(2 ** 1023 + 2 ** 971);
    expect(s.variance[0]).toBe(0);
    expect(Array.from(standardScaler.transform(s, X).data)).toEqual([0, 0, 0]);
  });

  it('±1e200 (variance 1e400) throws a CoreError instead of returning ∞', () => {
    const X = fromRows([[-1e200], [1e200]]);
    expect(() => standardScaler.fit(X)).toThrow(CoreError);
    expect(() => standardScaler.fit(fromRows([[-1e308], [1e308]]))).toThrow(/beyond the largest number/);
  });

  it('transforming huge new data with a small fitted scale throws instead of giving ∞', () => {
    const s = standardScaler.fit(fromRows([[0], [1e-10]]));
    expect(() => standardScaler.transform(s, fromRows([[1e300]]))).toThrow(CoreError);
    const wide = standardScaler.fit(fromRows([[-1e150], [1e150]]));
    expect(() => standardScaler.inverseTransform(wide, fromRows([[1e300]]))).toThrow(CoreError);
  });

  it('any mix of huge and ordinary entries: finite results or a CoreError, never ∞ or NaN', () => {
    const v = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(1e200, -1e200, 1e308, -1e308, Number.MAX_VALUE, 0, 1),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(v, v), { minLength: 1, maxLength: 6 }), (rows) => {
        const X = fromRows(rows);
        finiteOrCoreError(() => standardScaler.fitTransform(X).transformed);
        try {
          const s = standardScaler.fit(X);
          expect([...s.mean, ...s.variance, ...s.scale].every(Number.isFinite)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(CoreError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('MinMaxScaler with huge entries', () => {
  it('data from −1e308 to 1e308 (range beyond the largest double) maps onto [0, 1]', () => {
    const X = fromRows([[-1e308], [0], [1e308]]);
    const { scaler, transformed } = minMaxScaler.fitTransform(X);
    // scale = 1/(2·1e308) is subnormal, so the results are good to about 1e-15, not to the last bit
    const t = Array.from(transformed.data);
    [0, 0.5, 1].forEach((v, k) => expect(t[k]).toBeCloseTo(v, 14));
    expect(scaler.scale[0]).toBeGreaterThan(0);
    const back = Array.from(minMaxScaler.inverseTransform(scaler, transformed).data);
    [-1e308, 0, 1e308].forEach((v, k) => expect(Math.abs(back[k]! - v)).toBeLessThan(1e294));
  });

  it('±1e200 maps onto [−1, 1]; a feature range of ±1e308 works when its scale is a number', () => {
    const X = fromRows([[-1e200], [1e200]]);
    expect(Array.from(minMaxScaler.fitTransform(X, [-1, 1]).transformed.data)).toEqual([-1, 1]);
    expect(
      Array.from(minMaxScaler.fitTransform(fromRows([[-1e300], [1e300]]), [-1e308, 1e308]).transformed.data),
    ).toEqual([-1e308, 1e308]);
    // a scale of 2e308 is not a number: a CoreError, not ∞
    expect(() => minMaxScaler.fit(fromRows([[0], [1]]), [-1e308, 1e308])).toThrow(CoreError);
  });

  it('any mix: finite results or a CoreError', () => {
    const v = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(1e200, -1e200, 1e308, -1e308, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(v, v), { minLength: 1, maxLength: 6 }), (rows) => {
        finiteOrCoreError(() => minMaxScaler.fitTransform(fromRows(rows)).transformed);
      }),
      { numRuns: 300 },
    );
  });
});
