import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampFinite,
  finiteOr,
  fmt,
  fmtSigned,
  formulaText,
  parseLooseNumber,
  plain,
  powerOfTen,
  pt,
  readout,
  sci,
  sig,
} from '~/widgets/kit/format';

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

describe('sig, plain, pt, sci, readout, powerOfTen', () => {
  const M = '\u2212';
  it('sig: significant digits, exponent form when tiny or huge', () => {
    expect(sig(3.14159)).toBe('3.14');
    expect(sig(-0.0123456, 4)).toBe(`${M}0.01235`);
    expect(sig(1234.5)).toBe('1235');
    expect(sig(2.5e-5)).toBe(`2.50e${M}5`);
    expect(sig(-3e7)).toBe(`${M}3.00e7`);
    expect(sig(0)).toBe('0');
    expect(sig(Number.NaN)).toBe('—');
  });
  it('plain: as a person types it', () => {
    expect(plain(0.0055)).toBe('0.0055');
    expect(plain(0.123456)).toBe('0.1235');
    expect(plain(-2)).toBe(`${M}2`);
    expect(plain(1e21)).toBe('1e21');
    expect(plain(Infinity)).toBe('∞');
  });
  it('pt, sci, readout, powerOfTen', () => {
    expect(pt(-5, 5)).toBe(`(${M}5.00, 5.00)`);
    expect(sci(3e-6)).toBe(`3.00e${M}6`);
    expect(sci(-0.5)).toBe(`${M}0.5000`);
    expect(sci(12)).toBe('12.00');
    expect(sci(0)).toBe('0');
    expect(readout(-7.99123)).toBe(`${M}7.9912`);
    expect(readout(123.456)).toBe('123.46');
    expect(readout(2.5e-5)).toBe(`2.5e${M}5`);
    expect(powerOfTen(1e-3)).toBe('10⁻³');
    expect(powerOfTen(1)).toBe('1');
    expect(powerOfTen(0.002)).toBe(`2.00e${M}3`);
  });
  it('never print NaN, Infinity or an ASCII minus', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        for (const s of [sig(x), plain(x), sci(x), readout(x), powerOfTen(Math.abs(x))])
          expect(s).not.toMatch(/NaN|Infinity|-/);
      }),
    );
  });
});

describe('formulaText', () => {
  it('writes catalogue formulas as a student reads them', () => {
    expect(formulaText('(x - 2)^2 + (y + 3)^2')).toBe('(x − 2)² + (y + 3)²');
    expect(formulaText('x^2 + 10*y^2')).toBe('x² + 10y²');
    expect(formulaText('6*x^2 - 8*x*y + 6*y^2')).toBe('6x² − 8xy + 6y²');
    expect(formulaText('(x^2 + y - 11)^2 + (x + y^2 - 7)^2')).toBe('(x² + y − 11)² + (x + y² − 7)²');
    expect(formulaText('x^4/3 - 2.1*x^2')).toBe('x⁴/3 − 2.1x²');
  });
});
