import { describe, expect, it } from 'vitest';
import { tenPointLine } from '~/core/data/ten-point-line';
import { CoreError } from '~/core/errors';
import { designMatrix, fromRows, normalEquations } from '~/core/linalg';
import { leastSquaresLoss } from '~/core/loss/least-squares';
import { armijoSearch, backtracking, backtrackingParams, configure, descentPath, gradientDescent } from '~/core/optim';
import { rosenbrock, roundBowl } from '~/core/surfaces';
import { quadratic } from './helpers';

// ½(p − c)ᵀA(p − c): along −g, f(p − ηg) = f(p) − η‖g‖² + ½η²gᵀAg, so Armijo's condition
// f(p − ηg) ≤ f(p) − cη‖g‖² holds exactly when η ≤ 2(1 − c)‖g‖²/gᵀAg.
const A = fromRows([
  [3, 1],
  [1, 2],
]);
const centre = [1, -2];
const bowl = quadratic(A, centre);

function armijoLimit(g: Float64Array, c: number): number {
  const gg = g[0]! ** 2 + g[1]! ** 2;
  const gAg = g[0]! * (3 * g[0]! + g[1]!) + g[1]! * (g[0]! + 2 * g[1]!);
  return (2 * (1 - c) * gg) / gAg;
}

describe('armijoSearch on a quadratic', () => {
  it('accepts η₀ρʲ with j the smallest for which η ≤ 2(1 − c)‖g‖²/gᵀAg, and the condition holds', () => {
    const starts = [
      [5, 5],
      [-3, 4],
      [0.5, -7],
      [10, -10],
      [1.3, -1.9],
    ];
    for (const [c, rho, initialStep] of [
      [1e-4, 0.5, 1],
      [0.3, 0.8, 2],
      [0.9, 0.1, 5],
    ] as const) {
      const params = backtrackingParams({ c, rho, initialStep });
      for (const p of starts) {
        const g = bowl.gradient(p);
        const f0 = bowl.value(p);
        const s = armijoSearch(bowl, p, g, f0, params);
        const limit = armijoLimit(g, c);
        let j = 0;
        while (initialStep * rho ** j > limit) j++;
        expect(s.step).toBeCloseTo(initialStep * rho ** j, 14);
        expect(s.trials).toBe(j + 1);
        const gg = g[0]! ** 2 + g[1]! ** 2;
        expect(s.value).toBeLessThanOrEqual(f0 - c * s.step * gg);
        expect(s.value).toBe(bowl.value(s.point));
        expect(s.point[0]).toBe(p[0]! - s.step * g[0]!);
        if (j > 0) {
          // the trial before was rejected: it fails the condition
          const eta = s.step / rho;
          const q = [p[0]! - eta * g[0]!, p[1]! - eta * g[1]!];
          expect(bowl.value(q)).toBeGreaterThan(f0 - c * eta * gg);
        }
      }
    }
  });

  it('at the minimum (g = 0) accepts η₀ and stays put', () => {
    const s = armijoSearch(bowl, centre, bowl.gradient(centre), 0, backtrackingParams({}));
    expect(s.step).toBe(1);
    expect(Array.from(s.point)).toEqual(centre);
  });

  it('rejects trial points where f overflows, shrinking until it is finite and lower', () => {
    const p = [3, 0];
    const g = roundBowl.gradient(p);
    const s = armijoSearch(
      roundBowl,
      p,
      g,
      roundBowl.f(3, 0),
      backtrackingParams({ initialStep: 1e300, maxShrinks: 1100 }),
    );
    // on the round bowl (A = 2I) the limit is 1 − c
    expect(s.step).toBeLessThanOrEqual(1 - 1e-4);
    expect(s.step).toBeGreaterThan((1 - 1e-4) / 2);
    // with too few shrinks no step passes: a step of 0, the point unchanged
    const none = armijoSearch(
      roundBowl,
      p,
      g,
      roundBowl.f(3, 0),
      backtrackingParams({ initialStep: 1e300, maxShrinks: 10 }),
    );
    expect(none.step).toBe(0);
    expect(Array.from(none.point)).toEqual(p);
    expect(none.trials).toBe(11);
  });
});

describe('backtracking in descentPath', () => {
  it('round bowl: a fixed η = 1.2 (> 2/λ = 1) diverges; backtracking from η₀ = 1.2 accepts 0.6 and converges', () => {
    const fixed = descentPath(roundBowl, configure(gradientDescent, { learningRate: 1.2 }), [-5, 5], {
      maxSteps: 200,
      gradTolerance: 1e-10,
    });
    expect(fixed.status).toBe('diverged');
    const bt = descentPath(roundBowl, configure(backtracking, { initialStep: 1.2 }), [-5, 5], {
      maxSteps: 200,
      gradTolerance: 1e-10,
    });
    expect(bt.status).toBe('converged-with-oscillation');
    expect(bt.finalState.acceptedStep).toBe(0.6);
    // e ← (1 − 2·0.6)e = −0.2e: the gradient norm 2‖e‖ falls by 5 each step
    expect(bt.gradNorms[1]! / bt.gradNorms[0]!).toBeCloseTo(0.2, 12);
    const [x, y] = bt.points[bt.steps]!;
    expect(x).toBeCloseTo(2, 9);
    expect(y).toBeCloseTo(-3, 9);
  });

  it('the chapter-6 data: η = 0.0065 diverges with a fixed step, converges to β̂ with backtracking', () => {
    const { x, y } = tenPointLine();
    const X = designMatrix(x);
    const loss = leastSquaresLoss(X, y, { halfGradient: true });
    const betaHat = normalEquations(X, y);
    const fixed = descentPath(loss, configure(gradientDescent, { learningRate: 0.0065 }), [-8, -2], { maxSteps: 1000 });
    expect(fixed.status).toBe('diverged');
    // A gradient tolerance above the floor where f (about 20) can no longer resolve a decrease
    // c·η·‖g‖² (‖g‖ near 1e-6): there the accepted steps shrink towards 0 (see armijoSearch).
    const bt = descentPath(loss, configure(backtracking, { initialStep: 0.0065 }), [-8, -2], {
      maxSteps: 5000,
      gradTolerance: 1e-5,
    });
    expect(bt.status).toMatch(/^converged/);
    const last = bt.points[bt.steps]!;
    expect(last[0]).toBeCloseTo(betaHat[0]!, 5);
    expect(last[1]).toBeCloseTo(betaHat[1]!, 5);
    // every accepted step lowered the loss
    for (let k = 1; k <= bt.steps; k++) expect(bt.losses[k]!).toBeLessThanOrEqual(bt.losses[k - 1]!);
  });

  it('Rosenbrock from (−1.5, 2): every step lowers f, and the run reaches (1, 1)', () => {
    const bt = descentPath(rosenbrock, configure(backtracking, { initialStep: 1, c: 1e-4, rho: 0.5 }), [-1.5, 2], {
      maxSteps: 100_000,
      gradTolerance: 1e-6,
    });
    expect(bt.status).toMatch(/^converged/);
    for (let k = 1; k <= bt.steps; k++) expect(bt.losses[k]!).toBeLessThan(bt.losses[k - 1]!);
    const [px, py] = bt.points[bt.steps]!;
    expect(Math.hypot(px! - 1, py! - 1)).toBeLessThan(1e-4);
  });
});

describe('backtracking parameters', () => {
  it('defaults η₀ = 1, c = 1e-4, ρ = ½, 60 shrinks; rejects values outside their ranges', () => {
    expect(backtrackingParams({})).toEqual({ initialStep: 1, c: 1e-4, rho: 0.5, maxShrinks: 60 });
    for (const bad of [
      { c: 0 },
      { c: 1 },
      { c: NaN },
      { rho: 0 },
      { rho: 1 },
      { rho: -0.5 },
      { initialStep: 0 },
      { initialStep: Infinity },
      { maxShrinks: 0 },
      { maxShrinks: 2.5 },
      { maxShrinks: 5000 },
    ]) {
      expect(() => configure(backtracking, bad)).toThrow(CoreError);
    }
  });
});
