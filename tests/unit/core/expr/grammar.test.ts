import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '~/core/expr';
import { sigmoid, softplus } from '~/core/expr/names';
import { centralDiff } from '../loss/finite-difference';

/** Valid formulas with the same function written in TypeScript, and a window where it is smooth. */
const table: ReadonlyArray<{
  text: string;
  ref: (x: number, y: number) => number;
  box?: [number, number, number, number];
}> = [
  { text: '3', ref: () => 3 },
  { text: '1e-3', ref: () => 1e-3 },
  { text: '2.5E+2 * x', ref: (x) => 250 * x },
  { text: '.5*x + 5.*y', ref: (x, y) => 0.5 * x + 5 * y },
  { text: 'x', ref: (x) => x },
  { text: 'y', ref: (_x, y) => y },
  { text: 'x + y', ref: (x, y) => x + y },
  { text: 'x - y - 1', ref: (x, y) => x - y - 1 },
  { text: 'x * y', ref: (x, y) => x * y },
  { text: 'x / y / 2', ref: (x, y) => x / y / 2, box: [-2, 2, 0.5, 3] },
  { text: '1 + 2 * 3 - 4 / 2', ref: () => 5 },
  { text: '-x^2', ref: (x) => -(x ** 2) },
  { text: '- x ^ 2 + --y', ref: (x, y) => -(x ** 2) + y },
  { text: '2^3^2', ref: () => 512 },
  { text: 'x^y^2', ref: (x, y) => x ** (y ** 2), box: [0.5, 2, -1, 1] },
  { text: '2^-x', ref: (x) => 2 ** -x },
  { text: '(x + y)^3', ref: (x, y) => (x + y) ** 3 },
  { text: 'x^0', ref: () => 1 },
  { text: 'x^0.5 + y^1.5', ref: (x, y) => Math.sqrt(x) + y ** 1.5, box: [0.1, 3, 0.1, 3] },
  { text: 'x**2 − 3×y·x', ref: (x, y) => x * x - 3 * y * x },
  { text: '+x', ref: (x) => x },
  { text: 'pi * x + e', ref: (x) => Math.PI * x + Math.E },
  { text: 'sin(x) * cos(y)', ref: (x, y) => Math.sin(x) * Math.cos(y) },
  { text: 'tan(x / 2)', ref: (x) => Math.tan(x / 2) },
  { text: 'asin(x / 4) + acos(y / 4)', ref: (x, y) => Math.asin(x / 4) + Math.acos(y / 4) },
  { text: 'atan(x * y)', ref: (x, y) => Math.atan(x * y) },
  { text: 'sinh(x) - cosh(y)', ref: (x, y) => Math.sinh(x) - Math.cosh(y) },
  { text: 'tanh(x - y)', ref: (x, y) => Math.tanh(x - y) },
  { text: 'exp(-(x^2 + y^2))', ref: (x, y) => Math.exp(-(x * x + y * y)) },
  { text: 'log(x^2 + y^2 + 1)', ref: (x, y) => Math.log(x * x + y * y + 1) },
  {
    text: 'ln(x) + log10(y) + log2(x*y)',
    ref: (x, y) => Math.log(x) + Math.log10(y) + Math.log2(x * y),
    box: [0.2, 3, 0.2, 3],
  },
  { text: 'sqrt(x^2 + y^2 + 1)', ref: (x, y) => Math.sqrt(x * x + y * y + 1) },
  { text: 'abs(x) + abs(y - 10)', ref: (x, y) => Math.abs(x) + Math.abs(y - 10), box: [0.1, 3, -3, 3] },
  { text: 'sigmoid(x + 2*y)', ref: (x, y) => 1 / (1 + Math.exp(-(x + 2 * y))) },
  { text: 'softplus(3*x - y)', ref: (x, y) => Math.log(1 + Math.exp(3 * x - y)) },
  { text: 'relu(x + 5) + relu(y - 5)', ref: (x, y) => Math.max(0, x + 5) + Math.max(0, y - 5) },
  {
    text: 'min(x, y + 10) + max(x, y, -10)',
    ref: (x, y) => Math.min(x, y + 10) + Math.max(x, y, -10),
    box: [0.1, 3, -3, -0.1],
  },
  { text: 'pow(x, 3) + pow(2, y) + pow(x, y)', ref: (x, y) => x ** 3 + 2 ** y + x ** y, box: [0.2, 3, -2, 2] },
  { text: 'sin(cos(exp(x / 3)))', ref: (x) => Math.sin(Math.cos(Math.exp(x / 3))) },
  { text: '(1 - x)^2 + 100*(y - x^2)^2', ref: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2 },
  { text: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', ref: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2 },
  {
    text: '20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)',
    ref: (x, y) => 20 + x * x - 10 * Math.cos(2 * Math.PI * x) + y * y - 10 * Math.cos(2 * Math.PI * y),
  },
  { text: '  ( ( x ) )  ', ref: (x) => x },
];

describe('valid formulas', () => {
  it.each(table.map((row) => [row.text, row] as const))(
    '%s: value as written in TypeScript, gradient equal to central differences',
    (_t, row) => {
      const r = parseExpression(row.text);
      if (!r.ok) throw new Error(r.error.message);
      const [x0, x1, y0, y1] = row.box ?? [-3, 3, -3, 3];
      const out = [0, 0, 0];
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, v) => {
          const x = x0 + u * (x1 - x0);
          const y = y0 + v * (y1 - y0);
          const want = row.ref(x, y);
          const got = r.formula.value(x, y);
          expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(want)));
          r.formula.evaluate(x, y, out);
          expect(out[0]).toBe(got);
          const f = (p: number[]): number => row.ref(p[0]!, p[1]!);
          const fx = centralDiff(f, [x, y], 0);
          const fy = centralDiff(f, [x, y], 1);
          const scale = Math.abs(out[1]!) + Math.abs(out[2]!) + Math.abs(want) * 1e-3 + 1;
          expect(Math.abs(out[1]! - fx)).toBeLessThanOrEqual(1e-5 * scale);
          expect(Math.abs(out[2]! - fy)).toBeLessThanOrEqual(1e-5 * scale);
        }),
        { numRuns: 50 },
      );
    },
  );

  it('gives the closed-form Rosenbrock gradient to rounding', () => {
    const r = parseExpression('(1 - x)^2 + 100*(y - x^2)^2');
    if (!r.ok) throw new Error(r.error.message);
    const out = [0, 0, 0];
    for (const [x, y] of [
      [-1.5, 2],
      [1, 1],
      [0, 0],
      [0.3, -0.7],
    ] as const) {
      r.formula.evaluate(x, y, out);
      const v = y - x * x;
      expect(out[1]).toBeCloseTo(-2 * (1 - x) - 400 * x * v, 12);
      expect(out[2]).toBeCloseTo(200 * v, 12);
    }
    r.formula.evaluate(1, 1, out);
    expect(out).toEqual([0, 0, 0]);
  });

  it('reads precedence and associativity as mathematics does', () => {
    const at = (text: string, x = 2, y = 3): number => {
      const r = parseExpression(text);
      if (!r.ok) throw new Error(r.error.message);
      return r.formula.value(x, y);
    };
    expect(at('-x^2')).toBe(-4); // −(x²), not (−x)²
    expect(at('2^3^2')).toBe(512); // 2^(3^2)
    expect(at('x - y - 1')).toBe(-2); // (x − y) − 1
    expect(at('12 / x / y')).toBe(2); // (12 / x) / y
    expect(at('x^-1')).toBe(0.5);
    expect(at('-2^2')).toBe(-4);
    expect(at('(-2)^2')).toBe(4);
    expect(at('2*-x')).toBe(-4);
    expect(at('1e-3 * 1E3')).toBe(1);
    expect(at('2e1')).toBe(20);
    expect(at('min(3, x, y)')).toBe(2);
  });

  it('folds constants and reports which variables the formula uses', () => {
    const r = parseExpression('sin(pi / 2) * x + 2^10');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.formula.usesX).toBe(true);
    expect(r.formula.usesY).toBe(false);
    const out = [0, 0, 0];
    r.formula.evaluate(3, 7, out);
    expect(out).toEqual([3 + 1024, 1, 0]);
  });

  it('gives zero, not NaN, for a derivative along a variable the non-smooth part does not use', () => {
    const r = parseExpression('sqrt(y) + x^2');
    if (!r.ok) throw new Error(r.error.message);
    const out = [0, 0, 0];
    r.formula.evaluate(3, 0, out);
    expect(out[0]).toBe(9);
    expect(out[1]).toBe(6);
    expect(out[2]).toBe(Infinity); // truly not finite: the playground masks it
    const p = parseExpression('x^y');
    if (!p.ok) throw new Error(p.error.message);
    p.formula.evaluate(0, 2, out);
    expect(out).toEqual([0, 0, 0]);
  });

  it('takes one-sided slopes at the kinks of abs, relu, min and max', () => {
    const out = [0, 0, 0];
    const ev = (text: string, x: number, y: number): number[] => {
      const r = parseExpression(text);
      if (!r.ok) throw new Error(r.error.message);
      r.formula.evaluate(x, y, out);
      return out.slice();
    };
    expect(ev('abs(x)', 0, 0)).toEqual([0, 0, 0]);
    expect(ev('relu(x)', 0, 0)).toEqual([0, 0, 0]);
    expect(ev('max(x, y)', 1, 1)).toEqual([1, 1, 0]);
    expect(ev('min(x, y)', 1, 2)).toEqual([1, 1, 0]);
    expect(ev('min(x, y)', 2, 1)).toEqual([1, 0, 1]);
  });

  it('has numerically stable sigmoid and softplus', () => {
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(800)).toBe(1);
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
  });
});
