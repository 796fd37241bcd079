import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampFinite, finiteOr, fmt, fmtSigned, parseLooseNumber } from '~/widgets/kit/format';

describe('fmt', () => {
  it('formats with a Unicode minus and fixed digits', () => {
    expect(fmt(1.2)).toBe('1.20');
    expect(fmt(-6.4, 1)).toBe('\u22126.4');
    expect(fmt(2.56, 0)).toBe('3');
  });
  it('never shows −0, NaN or Infinity', () => {
    expect(fmt(-0)).toBe('0.00');
    expect(fmt(-0.001)).toBe('0.00');
    expect(fmt(Number.NaN)).toBe('—');
    expect(fmt(Infinity)).toBe('∞');
    expect(fmt(-Infinity)).toBe('\u2212∞');
    expect(fmt(1.5e12, 2)).toBe('1.50e12');
    expect(fmt(-1.5e300, 1)).toBe('\u22121.5e300');
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -3, max: 20 }), (x, d) => {
        expect(fmt(x, d)).not.toMatch(/NaN|Infinity|^-|^\u22120(\.0*)?$/);
      }),
    );
  });
  it('fmtSigned adds + to positives only', () => {
    expect(fmtSigned(1)).toBe('+1.00');
    expect(fmtSigned(0)).toBe('0.00');
    expect(fmtSigned(-1)).toBe('\u22121.00');
  });
  it('finiteOr and clampFinite', () => {
    expect(finiteOr(Number.NaN, 3)).toBe(3);
    expect(finiteOr(2, 3)).toBe(2);
    expect(clampFinite(Number.NaN, 0, 1)).toBe(0);
    expect(clampFinite(Infinity, 0, 1)).toBe(1);
    expect(clampFinite(-Infinity, 0, 1)).toBe(0);
    expect(clampFinite(0.5, 0, 1)).toBe(0.5);
  });
  it('parseLooseNumber reads what students type', () => {
    expect(parseLooseNumber(' 1.5 ')).toBe(1.5);
    expect(parseLooseNumber('\u22122')).toBe(-2);
    expect(parseLooseNumber('1,5')).toBe(1.5);
    expect(parseLooseNumber('1e-3')).toBe(0.001);
    expect(parseLooseNumber('.5')).toBe(0.5);
    expect(parseLooseNumber('abc')).toBeNaN();
    expect(parseLooseNumber('')).toBeNaN();
    expect(parseLooseNumber('0x10')).toBeNaN();
    expect(parseLooseNumber('1e309')).toBe(Infinity);
  });
});
