import fc from 'fast-check';
import { SURFACE_IDS, SURFACES, type SurfaceId } from '~/core/surfaces';
import { describe, expect, it } from 'vitest';
import {
  clampFinite,
  finiteOr,
  fmt,
  fmtSigned,
  formulaText,
  grouped,
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
  it('grouped: a count with thousands separators, as toLocaleString("en") writes whole numbers', () => {
    expect(grouped(90566)).toBe('90,566');
    expect(grouped(2_000_000)).toBe('2,000,000');
    expect(grouped(0)).toBe('0');
    expect(grouped(1386.4)).toBe('1,386');
    expect(grouped(-1500)).toBe(`${M}1,500`);
    expect(grouped(Number.NaN)).toBe('—');
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en'));
      }),
    );
    // Any finite number, halves, −0 and the largest ones: as Intl writes it (rounded half away from zero).
    const intl = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
    for (const x of [
      0.5,
      1.5,
      2.5,
      -2.5,
      -0,
      -0.3,
      999.5,
      1e21,
      123456789 * 1e17,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      2 ** 53 + 2,
    ]) {
      expect(grouped(x), String(x)).toBe(intl.format(x).replace('-', M));
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(grouped(x)).toBe(intl.format(x).replace('-', M));
      }),
      { numRuns: 2000 },
    );
  });
  it('never print NaN, Infinity or an ASCII minus', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        for (const s of [sig(x), plain(x), sci(x), readout(x), powerOfTen(Math.abs(x)), grouped(x)])
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

  const W: [string, string] = ['w₁', 'w₂'];
  it.each([
    ['round-bowl', '(w₁ − 2)² + (w₂ + 3)²'],
    ['elongated-bowl', 'w₁² + 10w₂²'],
    ['rotated-bowl', '6w₁² − 8w₁w₂ + 6w₂²'],
    ['rosenbrock', '(1 − w₁)² + 100(w₂ − w₁²)²'],
    ['himmelblau', '(w₁² + w₂ − 11)² + (w₁ + w₂² − 7)²'],
    ['six-hump-camel', '(4 − 2.1w₁² + w₁⁴/3)w₁² + w₁w₂ + (−4 + 4w₂²)w₂²'],
    ['rastrigin', '20 + w₁² + w₂² − 10(cos(2πw₁) + cos(2πw₂))'],
    ['plateau', '1 − exp(−(w₁² + w₂²)/2)'],
  ])('writes the catalogue formula of %s in the parameters w₁, w₂', (id, expected) => {
    expect(formulaText(SURFACES[id as SurfaceId].formula, W)).toBe(expected);
  });

  it('renames only whole coordinates (exp keeps its x)', () => {
    expect(formulaText('exp(x) + y^2')).toBe('exp(x) + y²');
    expect(formulaText('exp(x) + y^2', W)).toBe('exp(w₁) + w₂²');
  });

  it('writes a product with a function or a number with a dot, and keeps a power that is not a whole number', () => {
    expect(formulaText('2*exp(x)*3')).toBe('2·exp(x)·3');
    expect(formulaText('x^(1/2) + x^0.5')).toBe('x^(1/2) + x^0.5');
    expect(formulaText('2 * x ^ 2 - -y')).toBe('2x² − −y');
    expect(formulaText('x^12')).toBe('x¹²');
  });

  it('leaves no operator a reader would not write, for every catalogue surface', () => {
    for (const id of SURFACE_IDS) {
      const text = formulaText(SURFACES[id].formula, W);
      expect(text, id).not.toMatch(/[*]|\^\d|-|\bpi\b|\bx\b|\by\b/);
    }
  });
});
