import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { forwardDifference } from '~/core/loss/difference-quotient';
import { oneWeightSquaredLoss } from '~/core/loss/one-weight';
import { lectureQuadratic, quadraticPolynomial } from '~/core/loss/quadratic-polynomial';
import { tangentLine } from '~/core/loss/tangent-line';
import { centralDiff, expectClose } from './finite-difference';

const finite = fc.double({ min: -50, max: 50, noNaN: true });

describe('oneWeightSquaredLoss', () => {
  it('x = 2, y = 4: minimum at w = 2 with loss 0; negative slope left of it, positive right', () => {
    const L = oneWeightSquaredLoss(2, 4);
    expect(L.minimiser).toBe(2);
    expect(L.value(2)).toBe(0);
    expect(L.derivative(2)).toBe(0);
    expect(L.value(0)).toBe(16);
    expect(L.derivative(0)).toBe(-16);
    expect(L.derivative(3)).toBe(8);
    expect(L.secondDerivative).toBe(8);
    expect(L.objective.value([1])).toBe(4);
    expect(Array.from(L.objective.gradient([1]))).toEqual([-8]);
  });

  it('derivative matches central differences', () => {
    fc.assert(
      fc.property(finite, finite, finite, (x, y, w) => {
        const L = oneWeightSquaredLoss(x, y);
        expectClose(
          L.derivative(w),
          centralDiff((p) => L.value(p[0]!), [w], 0),
          Math.abs(L.derivative(w)) + L.value(w) * 1e-3,
        );
      }),
    );
  });

  it('x = 0 has no unique minimiser; bad input throws', () => {
    expect(oneWeightSquaredLoss(0, 3).minimiser).toBeNull();
    expect(() => oneWeightSquaredLoss(NaN, 1)).toThrow(CoreError);
    expect(() => oneWeightSquaredLoss(1, Infinity)).toThrow(CoreError);
    expect(() => oneWeightSquaredLoss(1, 1).objective.value([1, 2])).toThrow(CoreError);
  });
});

describe('quadraticPolynomial', () => {
  it('lecture 004: f(x) = 3x² − 4x + 5, f′ = 6x − 4, minimum 2/3, slope −16 at −2', () => {
    const f = lectureQuadratic;
    expect(f.value(-2)).toBe(25);
    expect(f.derivative(-2)).toBe(-16);
    expect(f.vertex!.x).toBe(2 / 3);
    expect(f.vertex!.y).toBeCloseTo(11 / 3, 14);
    expect(f.derivative(2 / 3)).toBeCloseTo(0, 14);
    for (const x of [-5, -1.25, 0, 0.5, 4.75]) expect(f.value(x)).toBeCloseTo(3 * x * x - 4 * x + 5, 12);
  });

  it('derivative matches central differences; a = 0 has no vertex', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, (a, b, c, x) => {
        const q = quadraticPolynomial(a, b, c);
        expectClose(
          q.derivative(x),
          centralDiff((p) => q.value(p[0]!), [x], 0),
          Math.abs(q.derivative(x)) + Math.abs(q.value(x)) * 1e-3,
        );
      }),
    );
    expect(quadraticPolynomial(0, 1, 2).vertex).toBeNull();
    expect(() => quadraticPolynomial(1, NaN, 0)).toThrow(CoreError);
  });

  it('its objective has dim 1 and the same value and gradient', () => {
    expect(lectureQuadratic.objective.dim).toBe(1);
    expect(lectureQuadratic.objective.value([-2])).toBe(25);
    expect(Array.from(lectureQuadratic.objective.gradient([-2]))).toEqual([-16]);
  });
});

describe('tangentLine', () => {
  it('touches f at x₀ with slope f′(x₀): at −2, y = 25 − 16 (x + 2)', () => {
    const t = tangentLine(lectureQuadratic, -2);
    expect(t).toMatchObject({ x0: -2, y0: 25, slope: -16 });
    expect(t.at(-2)).toBe(25);
    expect(t.at(0)).toBe(-7);
    // A convex function lies above its tangents.
    for (const x of [-5, -3, -1, 0, 3]) expect(lectureQuadratic.value(x)).toBeGreaterThanOrEqual(t.at(x));
    expect(() => tangentLine(lectureQuadratic, NaN)).toThrow(CoreError);
  });
});

describe('forwardDifference', () => {
  it('equals f′(x) + a·h exactly for a quadratic, closing in as h → 0', () => {
    const f = (x: number): number => lectureQuadratic.value(x);
    for (const h of [1, 0.1, 0.01, 0.001]) {
      expect(forwardDifference(f, -2, h)).toBeCloseTo(-16 + 3 * h, 6);
    }
    expect(Math.abs(forwardDifference(f, -2, 1e-6) + 16)).toBeLessThan(1e-4);
  });

  it('throws for h = 0 or non-finite input', () => {
    const f = (x: number): number => x * x;
    expect(() => forwardDifference(f, 1, 0)).toThrow(CoreError);
    expect(() => forwardDifference(f, NaN, 0.1)).toThrow(CoreError);
    expect(() => forwardDifference(f, 1, Infinity)).toThrow(CoreError);
  });
});
