import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { leastSquaresLoss } from '~/core/loss/least-squares';
import { linearRegressionLoss } from '~/core/loss/linear-regression';
import { quadraticForm } from '~/core/loss/quadratic-form';
import { twoFeatureRegressionLoss } from '~/core/loss/two-feature-regression';
import { centralDiff, checkSurfaceDerivatives, expectClose } from './finite-difference';

// A small data set with a known least-squares line: y = 1 + 2x + e, Σe = 0, Σxe = 0.
const x = [0, 1, 2, 3, 4];
const e = [0.1, -0.2, 0.2, -0.2, 0.1]; // sums to 0; Σ x·e = 0 − 0.2 + 0.4 − 0.6 + 0.4 = 0
const y = x.map((v, k) => 1 + 2 * v + e[k]!);

const coord = fc.double({ min: -10, max: 10, noNaN: true });

describe('linearRegressionLoss', () => {
  it('MSE of y ≈ b + w·x: hand-computed value, minimum at the least-squares line (1, 2)', () => {
    const L = linearRegressionLoss(x, y);
    expect(L.f(0, 0)).toBeCloseTo(y.reduce((s, v) => s + v * v, 0) / 5, 12);
    expect(L.minima).toHaveLength(1);
    expect(L.minima[0]![0]).toBeCloseTo(1, 12);
    expect(L.minima[0]![1]).toBeCloseTo(2, 12);
    expect(L.f(1, 2)).toBeCloseTo(0.14 / 5, 12); // Σe² / N
    const g = L.gradient([1, 2]);
    expect(Math.abs(g[0]!) + Math.abs(g[1]!)).toBeLessThan(1e-12);
    expect(L.domain).toEqual({
      x: [L.minima[0]![0] - 3, L.minima[0]![0] + 3],
      y: [L.minima[0]![1] - 3, L.minima[0]![1] + 3],
    });
  });

  it('SSE is N × MSE; gradient and Hessian match central differences', () => {
    const mse = linearRegressionLoss(x, y);
    const sse = linearRegressionLoss(x, y, { reduction: 'sum' });
    fc.assert(
      fc.property(coord, coord, (b, w) => {
        expectClose(sse.f(b, w), 5 * mse.f(b, w), sse.f(b, w), 1e-13);
        checkSurfaceDerivatives(mse, b, w);
        checkSurfaceDerivatives(sse, b, w);
      }),
    );
  });

  it('all-equal x: no unique minimum; bad data throws', () => {
    expect(linearRegressionLoss([1, 1, 1], [1, 2, 3]).minima).toEqual([]);
    expect(() => linearRegressionLoss([], [])).toThrow(CoreError);
    expect(() => linearRegressionLoss([1, 2], [1])).toThrow(CoreError);
    expect(() => linearRegressionLoss([1, NaN], [1, 2])).toThrow(CoreError);
  });
});

describe('twoFeatureRegressionLoss', () => {
  // y = 3 x₁ + 0.1 x₂ exactly (lecture 003's coefficients, no noise): minimum (3, 0.1), loss 0.
  const x1 = [0.1, 0.5, 0.9, 0.3, 0.7];
  const x2 = [80, 10, 45, 60, 20];
  const y2 = x1.map((v, k) => 3 * v + 0.1 * x2[k]!);

  it('finds the exact coefficients and has zero gradient there', () => {
    const L = twoFeatureRegressionLoss(x1, x2, y2);
    expect(L.minima[0]![0]).toBeCloseTo(3, 10);
    expect(L.minima[0]![1]).toBeCloseTo(0.1, 12);
    expect(L.f(3, 0.1)).toBeLessThan(1e-25);
    expect(L.f(0, 0)).toBeCloseTo(y2.reduce((s, v) => s + v * v, 0) / 5, 10);
  });

  it('gradient and Hessian match central differences', () => {
    const L = twoFeatureRegressionLoss(x1, x2, y2, { domain: { x: [-1, 5], y: [-1, 0.5] } });
    expect(L.domain).toEqual({ x: [-1, 5], y: [-1, 0.5] });
    fc.assert(fc.property(coord, coord, (a, b) => checkSurfaceDerivatives(L, a, b)));
  });

  it('collinear features: no unique minimum; unequal lengths throw', () => {
    expect(twoFeatureRegressionLoss([1, 2, 3], [2, 4, 6], [1, 1, 1]).minima).toEqual([]);
    expect(() => twoFeatureRegressionLoss([1, 2], [1, 2, 3], [1, 2])).toThrow(CoreError);
  });
});

describe('leastSquaresLoss', () => {
  // X with a column of ones (lecture 004's design), p = 2; and a p = 3 case.
  const X2 = { rows: 5, cols: 2, data: Float64Array.from(x.flatMap((v) => [1, v])) };
  const X3 = {
    rows: 4,
    cols: 3,
    data: Float64Array.from([1, 0.5, -2, 1, 1.5, 0, 1, -1, 3, 1, 2, 1]),
  };
  const y3 = [1, -2, 0.5, 4];

  it('value is ‖y − Xβ‖², minimum where the gradient 2XᵀXβ − 2Xᵀy vanishes', () => {
    const L = leastSquaresLoss(X2, y);
    expect(L.dim).toBe(2);
    expect(L.gradientScale).toBe(2);
    expect(L.value([1, 2])).toBeCloseTo(
      e.reduce((s, v) => s + v * v, 0),
      12,
    );
    expect(Math.hypot(...L.gradient([1, 2]))).toBeLessThan(1e-12);
  });

  it('gradient and Hessian match central differences for p = 3', () => {
    const L = leastSquaresLoss(X3, y3);
    const H = L.hessian();
    fc.assert(
      fc.property(coord, coord, coord, (a, b, c) => {
        const p = [a, b, c];
        const g = L.gradient(p);
        for (let k = 0; k < 3; k++) {
          expectClose(
            g[k]!,
            centralDiff((q) => L.value(q), p, k),
            Math.abs(g[k]!) + L.value(p) * 1e-3,
          );
          for (let m = 0; m < 3; m++) {
            expectClose(
              H.data[k * 3 + m]!,
              centralDiff((q) => L.gradient(q)[k]!, p, m),
              Math.abs(H.data[k * 3 + m]!),
            );
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('halfGradient gives exactly half, as lecture 004 computes XᵀXβ − Xᵀy', () => {
    const full = leastSquaresLoss(X3, y3);
    const half = leastSquaresLoss(X3, y3, { halfGradient: true });
    expect(half.gradientScale).toBe(1);
    const p = [0.3, -1.2, 2];
    const gf = full.gradient(p);
    const gh = half.gradient(p);
    for (let k = 0; k < 3; k++) expect(gh[k]! * 2).toBe(gf[k]!);
    expect(half.value(p)).toBe(full.value(p));
    expect(() => leastSquaresLoss(X3, y3, { halfGradient: 'yes' as unknown as boolean })).toThrow(CoreError);
  });

  it('bad shapes throw', () => {
    expect(() => leastSquaresLoss(X3, [1, 2])).toThrow(CoreError);
    expect(() => leastSquaresLoss({ rows: 2, cols: 2, data: new Float64Array(3) }, [1, 2])).toThrow(CoreError);
    expect(() => leastSquaresLoss(X3, y3).value([1, 2])).toThrow(CoreError);
  });
});

describe('quadraticForm', () => {
  const A = { rows: 2, cols: 2, data: Float64Array.from([4, 1, 1, 3]) };
  const b = [1, 2];

  it('½βᵀAβ − bᵀβ + c: value, gradient Aβ − b, Hessian A, minimum at A⁻¹b', () => {
    const q = quadraticForm(A, b, 5);
    expect(q.value([1, -1])).toBe(0.5 * (4 - 2 + 3) - (1 - 2) + 5);
    expect(Array.from(q.gradient([1, -1]))).toEqual([4 - 1 - 1, 1 - 3 - 2]);
    expect(Array.from(q.hessian().data)).toEqual([4, 1, 1, 3]);
    // A⁻¹ b = (1/11) [[3, −1], [−1, 4]] (1, 2) = (1/11, 7/11)
    const g = q.gradient([1 / 11, 7 / 11]);
    expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(1e-15);
  });

  it('equals ‖y − Xβ‖² with A = 2XᵀX, b = 2Xᵀy, c = yᵀy; gradient matches central differences', () => {
    const X = { rows: 5, cols: 2, data: Float64Array.from(x.flatMap((v) => [1, v])) };
    const ls = leastSquaresLoss(X, y);
    const q = quadraticForm(
      ls.hessian(),
      Array.from(ls.stats.xty, (v) => 2 * v),
      ls.stats.yty,
    );
    fc.assert(
      fc.property(coord, coord, (u, v) => {
        expectClose(q.value([u, v]), ls.value([u, v]), ls.value([u, v]), 1e-12);
        const g = q.gradient([u, v]);
        for (let k = 0; k < 2; k++)
          expectClose(
            g[k]!,
            centralDiff((p) => q.value(p), [u, v], k),
            Math.abs(g[k]!) + q.value([u, v]) * 1e-3,
          );
      }),
    );
  });

  it('uses the symmetric part of a non-symmetric A; bad input throws', () => {
    const N = { rows: 2, cols: 2, data: Float64Array.from([4, 2, 0, 3]) };
    expect(Array.from(quadraticForm(N, b).hessian().data)).toEqual([4, 1, 1, 3]);
    expect(() => quadraticForm({ rows: 2, cols: 3, data: new Float64Array(6) }, b)).toThrow(CoreError);
    expect(() => quadraticForm(A, [1])).toThrow(CoreError);
    expect(() => quadraticForm(A, b, NaN)).toThrow(CoreError);
  });
});

describe('lecture 004 reproduced', () => {
  it('halfGradient follows numpy’s 1000 iterations of all four runs — converging, oscillating, diverging (losses to 1e-10 relative)', async () => {
    const { tenPointLine } = await import('~/core/data/ten-point-line');
    const { readFileSync } = await import('node:fs');
    const fixture = JSON.parse(
      readFileSync(new URL('../../../fixtures/linalg/lecture004.json', import.meta.url), 'utf8'),
    ) as {
      runs: { start: number[]; eta: number; steps: number; losses: number[]; finalBeta: number[] }[];
    };
    const d = tenPointLine();
    const X = { rows: d.n, cols: 2, data: Float64Array.from(Array.from(d.x).flatMap((v) => [1, v])) };
    const L = leastSquaresLoss(X, d.y, { halfGradient: true });
    for (const run of fixture.runs) {
      let beta = Float64Array.from(run.start);
      expect(L.value(beta)).toBeCloseTo(run.losses[0]!, 9);
      for (let k = 1; k <= run.steps; k++) {
        const g = L.gradient(beta);
        beta = Float64Array.of(beta[0]! - run.eta * g[0]!, beta[1]! - run.eta * g[1]!);
        const want = run.losses[k]!;
        expect(Math.abs(L.value(beta) - want)).toBeLessThanOrEqual(1e-10 * want);
      }
      expect(beta[0]).toBeCloseTo(run.finalBeta[0]!, 9);
      expect(beta[1]).toBeCloseTo(run.finalBeta[1]!, 9);
    }
  });
});
