import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrix, norm, subtract, symmetricEigen } from '~/core/linalg';
import type { Matrix } from '~/core/linalg';
import { configure, descentPath, gradientDescent, momentum, observedBehaviour } from '~/core/optim';
import { predictBehaviour, stepThresholds } from '~/core/stability';
import { quadratic } from './helpers';

/** A random convex quadratic with a start that has a clear component along the stiff eigenvector. */
interface Case {
  H: Matrix;
  centre: number[];
  start: number[];
}

const centre = (n: number) => fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n });
const stiffAmount = fc.double({ min: 0.5, max: 5, noNaN: true }).chain((a) => fc.constantFrom(a, -a));
const minor = fc.double({ min: -0.3, max: 0.3, noNaN: true });

/** Start = c + a·v_max + (small multiples of a)·(other eigenvectors). */
function startFrom(H: Matrix, c: number[], a: number, others: number[]): number[] {
  const n = H.rows;
  const { vectors } = symmetricEigen(H);
  const p = [...c];
  for (let k = 0; k < n; k++) {
    const coef = k === n - 1 ? a : others[k]! * a;
    for (let i = 0; i < n; i++) p[i] = p[i]! + coef * vectors.data[i * n + k]!;
  }
  return p;
}

const case2: fc.Arbitrary<Case> = fc
  .tuple(
    fc.double({ min: 0.1, max: 10, noNaN: true }),
    fc.double({ min: 1.5, max: 50, noNaN: true }),
    fc.double({ min: 0, max: Math.PI, noNaN: true }),
    centre(2),
    stiffAmount,
    minor,
  )
  .map(([lambda, kappa, theta, c, a, b]) => {
    const [cs, sn] = [Math.cos(theta), Math.sin(theta)];
    const [l1, l2] = [lambda, lambda * kappa];
    // R diag(l1, l2) Rᵀ
    const H = matrix(
      2,
      2,
      Float64Array.of(
        cs * cs * l1 + sn * sn * l2,
        cs * sn * (l1 - l2),
        cs * sn * (l1 - l2),
        sn * sn * l1 + cs * cs * l2,
      ),
    );
    return { H, centre: c, start: startFrom(H, c, a, [b]) };
  });

const case3: fc.Arbitrary<Case> = fc
  .tuple(
    fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 9, maxLength: 9 }),
    centre(3),
    stiffAmount,
    minor,
    minor,
  )
  .map(([A, c, a, b1, b2]) => {
    // H = AᵀA + 0.2 I: symmetric positive definite
    const H = new Float64Array(9);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = i === j ? 0.2 : 0;
        for (let k = 0; k < 3; k++) s += A[k * 3 + i]! * A[k * 3 + j]!;
        H[i * 3 + j] = s;
      }
    }
    for (let i = 0; i < 3; i++) for (let j = 0; j < i; j++) H[i * 3 + j] = H[j * 3 + i]!;
    const m = matrix(3, 3, H);
    return { H: m, centre: c, start: startFrom(m, c, a, [b1, b2]) };
  });

function finite(path: ReturnType<typeof descentPath>): boolean {
  return (
    path.points.every((p) => p.every(Number.isFinite)) &&
    path.losses.every(Number.isFinite) &&
    path.gradNorms.every(Number.isFinite)
  );
}

for (const [label, cases] of [
  ['2×2', case2],
  ['3×3', case3],
] as const) {
  describe(`gradient descent on random SPD ${label} quadratics`, () => {
    it('η = 0.9·2/λ_max converges (zig-zagging), as predicted', () => {
      fc.assert(
        fc.property(cases, ({ H, centre: c, start }) => {
          const t = stepThresholds(H);
          const eta = 0.9 * t.criticalLearningRate;
          expect(predictBehaviour(eta, H)).toBe('oscillates');
          const q = quadratic(H, c);
          const g0 = norm(q.gradient(start));
          const path = descentPath(q, configure(gradientDescent, { learningRate: eta }), start, {
            maxSteps: 50_000,
            gradTolerance: 1e-8 * g0,
          });
          expect(path.status).toBe('converged-with-oscillation');
          expect(observedBehaviour(path)).toBe('oscillates');
          const e0 = norm(subtract(start, c));
          expect(norm(subtract(path.points[path.steps]!, c))).toBeLessThanOrEqual(
            1e-8 * t.conditionNumber * e0 * 1.001,
          );
        }),
        { numRuns: 25 },
      );
    });
    it('η ≤ 1/λ_max heads straight in, as predicted', () => {
      fc.assert(
        fc.property(cases, fc.double({ min: 0.1, max: 1, noNaN: true }), ({ H, centre: c, start }, u) => {
          const eta = u * stepThresholds(H).monotoneLimit;
          expect(predictBehaviour(eta, H)).toBe('converges');
          const path = descentPath(quadratic(H, c), configure(gradientDescent, { learningRate: eta }), start, {
            maxSteps: 400,
          });
          expect(observedBehaviour(path)).toBe('converges');
          expect(path.status).toBe('max-steps');
          expect(path.losses[path.steps]).toBeLessThan(path.losses[0]!);
        }),
        { numRuns: 25 },
      );
    });
    it('η = 1.1·2/λ_max diverges, as predicted', () => {
      fc.assert(
        fc.property(cases, ({ H, centre: c, start }) => {
          const eta = 1.1 * stepThresholds(H).criticalLearningRate;
          expect(predictBehaviour(eta, H)).toBe('diverges');
          const path = descentPath(quadratic(H, c), configure(gradientDescent, { learningRate: eta }), start, {
            maxSteps: 5000,
          });
          expect(path.status).toBe('diverged');
          expect(observedBehaviour(path)).toBe('diverges');
          expect(finite(path)).toBe(true);
        }),
        { numRuns: 25 },
      );
    });
    it('huge η: the runner stops at the last finite point, never NaN or Infinity', () => {
      fc.assert(
        fc.property(cases, fc.double({ min: 1, max: 300, noNaN: true }), ({ H, centre: c, start }, exponent) => {
          const eta = Math.min(stepThresholds(H).criticalLearningRate * 10 ** exponent, Number.MAX_VALUE);
          for (const opt of [
            configure(gradientDescent, { learningRate: eta }),
            configure(momentum, { learningRate: eta }),
          ]) {
            const path = descentPath(quadratic(H, c), opt, start, { maxSteps: 3000 });
            expect(path.status).toBe('diverged');
            expect(finite(path)).toBe(true);
          }
        }),
        { numRuns: 25 },
      );
    });
  });
}

describe('heavy-ball momentum on random 2×2 quadratics', () => {
  it('converges below η = 2(1 + μ)/λ_max and diverges above it', () => {
    fc.assert(
      fc.property(case2, fc.double({ min: 0, max: 0.9, noNaN: true }), ({ H, centre: c, start }, mu) => {
        const limit = (2 * (1 + mu)) / stepThresholds(H).lambdaMax;
        const q = quadratic(H, c);
        const below = descentPath(q, configure(momentum, { learningRate: 0.8 * limit, momentum: mu }), start, {
          maxSteps: 50_000,
          gradTolerance: 1e-6 * norm(q.gradient(start)),
        });
        expect(below.status).toMatch(/^converged/);
        const above = descentPath(q, configure(momentum, { learningRate: 1.2 * limit, momentum: mu }), start, {
          maxSteps: 20_000,
        });
        expect(above.status).toBe('diverged');
      }),
      { numRuns: 25 },
    );
  });
});
