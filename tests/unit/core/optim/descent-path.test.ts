import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { fromRows } from '~/core/linalg';
import type { Objective } from '~/core/loss/objective';
import {
  MAX_STEPS,
  adam,
  configure,
  descentPath,
  gradientDescent,
  momentum,
  nesterov,
  observedBehaviour,
} from '~/core/optim';
import { quadratic } from './helpers';

// chapter 4: f(x, y) = (x − 2)² + (y + 3)² = ½(p − c)ᵀ(2I)(p − c)
const bowl = quadratic(
  fromRows([
    [2, 0],
    [0, 2],
  ]),
  [2, -3],
);
const gd = (eta: number) => configure(gradientDescent, { learningRate: eta });

function allFinite(path: ReturnType<typeof descentPath>): boolean {
  return (
    path.points.every((p) => p.every(Number.isFinite)) &&
    path.losses.every(Number.isFinite) &&
    path.gradNorms.every(Number.isFinite)
  );
}

describe('descentPath on the chapter-4 bowl', () => {
  it('η = 0.2, 15 steps from (−5, 5): the error shrinks by 1 − 2η = 0.6 each step', () => {
    const path = descentPath(bowl, gd(0.2), [-5, 5], { maxSteps: 15 });
    expect(path.steps).toBe(15);
    expect(path.points).toHaveLength(16);
    expect(path.losses).toHaveLength(16);
    expect(path.gradNorms).toHaveLength(16);
    path.points.forEach((p, k) => {
      expect(p[0]).toBeCloseTo(2 + 0.6 ** k * -7, 12);
      expect(p[1]).toBeCloseTo(-3 + 0.6 ** k * 8, 12);
      expect(path.losses[k]).toBeCloseTo(0.36 ** k * 113, 10);
      expect(path.gradNorms[k]).toBeCloseTo(2 * 0.6 ** k * Math.hypot(7, 8), 10);
    });
    expect(path.status).toBe('max-steps');
    expect(path.oscillated).toBe(false);
    expect(path.stoppedBecause).toBe('took all 15 steps');
    expect(path.finalState.point).toBe(path.points[15]);
  });
  it('η = 0.9 (between 1/λ = 0.5 and 2/λ = 1) zig-zags across the minimum and converges', () => {
    const path = descentPath(bowl, gd(0.9), [-5, 5], { maxSteps: 500, tolerance: 1e-12 });
    expect(path.status).toBe('converged-with-oscillation');
    expect(observedBehaviour(path)).toBe('oscillates');
  });
  it('η = 1 (= 2/λ, borderline) bounces between two points forever', () => {
    const path = descentPath(bowl, gd(1), [-5, 5], { maxSteps: 50, gradTolerance: 1e-9 });
    expect(path.points[50]).toEqual(Float64Array.of(-5, 5));
    expect(path.points[49]).toEqual(Float64Array.of(9, -11));
    expect(path.status).toBe('stalled');
    expect(path.oscillated).toBe(true);
    expect(observedBehaviour(path)).toBe('oscillates');
  });
  it("the lecture's |ΔL| rule is fooled by that bounce (the loss does not change): documented", () => {
    const path = descentPath(bowl, gd(1), [-5, 5], { maxSteps: 50, tolerance: 1e-9 });
    expect(path.steps).toBe(1);
    expect(path.status).toBe('converged');
  });
  it('η = 1.1 diverges: stops once the loss passes the bound', () => {
    const path = descentPath(bowl, gd(1.1), [-5, 5], { maxSteps: 10_000 });
    expect(path.status).toBe('diverged');
    expect(path.losses[path.steps]).toBeGreaterThan(1e12);
    expect(path.losses[path.steps - 1]).toBeLessThanOrEqual(1e12);
    expect(path.stoppedBecause).toMatch(/grew past 1.00e\+12 at step/);
    expect(allFinite(path)).toBe(true);
  });
  it('a custom divergence bound', () => {
    const path = descentPath(bowl, gd(1.1), [-5, 5], { maxSteps: 100, divergenceBound: 1000 });
    expect(path.status).toBe('diverged');
    expect(path.losses[path.steps]).toBeGreaterThan(1000);
  });
  it('gradTolerance stops on a small gradient, also at the start', () => {
    const path = descentPath(bowl, gd(0.2), [-5, 5], { maxSteps: 1000, gradTolerance: 1e-6 });
    expect(path.status).toBe('converged');
    expect(path.gradNorms[path.steps]).toBeLessThanOrEqual(1e-6);
    expect(path.gradNorms[path.steps - 1]).toBeGreaterThan(1e-6);
    const atMin = descentPath(bowl, gd(0.2), [2, -3], { maxSteps: 1000, gradTolerance: 1e-6 });
    expect(atMin.steps).toBe(0);
    expect(atMin.status).toBe('converged');
  });
  it("stalled: a tolerance that isn't met in time", () => {
    const path = descentPath(bowl, gd(0.001), [-5, 5], { maxSteps: 20, tolerance: 1e-12 });
    expect(path.status).toBe('stalled');
    expect(path.stoppedBecause).toMatch(/not enough/);
  });
  it('maxSteps = 0 records only the start', () => {
    const path = descentPath(bowl, gd(0.2), [-5, 5], { maxSteps: 0 });
    expect(path.steps).toBe(0);
    expect(path.points).toEqual([Float64Array.of(-5, 5)]);
    expect(path.status).toBe('max-steps');
  });
});

describe('never NaN or Infinity', () => {
  for (const eta of [1e3, 1e100, 1e300, Number.MAX_VALUE]) {
    it(`η = ${eta}`, () => {
      const path = descentPath(bowl, gd(eta), [-5, 5], { maxSteps: 1000 });
      expect(path.status).toBe('diverged');
      expect(allFinite(path)).toBe(true);
    });
  }
  it('a loss that overflows although the point is finite: the point is not recorded', () => {
    const quartic: Objective = { dim: 1, value: (p) => p[0]! ** 8, gradient: (p) => Float64Array.of(8 * p[0]! ** 7) };
    const path = descentPath(quartic, gd(1), [2], { maxSteps: 100, divergenceBound: Number.MAX_VALUE });
    expect(path.status).toBe('diverged');
    expect(path.stoppedBecause).toMatch(/finite/);
    expect(allFinite(path)).toBe(true);
  });
  it('momentum, Nesterov and Adam with huge steps', () => {
    for (const opt of [
      configure(momentum, { learningRate: 1e200 }),
      configure(nesterov, { learningRate: 1e200, momentum: 0.99 }),
    ]) {
      const path = descentPath(bowl, opt, [-5, 5], { maxSteps: 1000 });
      expect(path.status).toBe('diverged');
      expect(allFinite(path)).toBe(true);
    }
    // Adam's steps are bounded by ≈η, so it cannot overflow; it just wanders.
    const a = descentPath(bowl, configure(adam, { learningRate: 1e200 }), [-5, 5], { maxSteps: 100 });
    expect(a.status).toBe('diverged');
    expect(allFinite(a)).toBe(true);
  });
  it('a loss that throws CoreError non-finite mid-run counts as divergence', () => {
    const picky: Objective = {
      dim: 1,
      value: (p) => p[0]! ** 2,
      gradient: (p) => {
        if (Math.abs(p[0]!) > 1e6) throw new CoreError('non-finite', 'too far');
        return Float64Array.of(2 * p[0]!);
      },
    };
    const path = descentPath(picky, gd(5), [1], { maxSteps: 100 });
    expect(path.status).toBe('diverged');
    expect(allFinite(path)).toBe(true);
  });
});

describe('momentum overshoots', () => {
  it('heavy ball on an elongated bowl converges with oscillation', () => {
    const q = quadratic(
      fromRows([
        [10, 0],
        [0, 1],
      ]),
      [0, 0],
    );
    const path = descentPath(q, configure(momentum, { learningRate: 0.05, momentum: 0.9 }), [1, 1], {
      maxSteps: 5000,
      gradTolerance: 1e-8,
    });
    expect(path.status).toBe('converged-with-oscillation');
  });
});

describe('bad options', () => {
  const bad: Array<[string, () => unknown]> = [
    ['fractional maxSteps', () => descentPath(bowl, gd(0.1), [0, 0], { maxSteps: 2.5 })],
    ['negative maxSteps', () => descentPath(bowl, gd(0.1), [0, 0], { maxSteps: -1 })],
    ['too many steps', () => descentPath(bowl, gd(0.1), [0, 0], { maxSteps: MAX_STEPS + 1 })],
    ['NaN tolerance', () => descentPath(bowl, gd(0.1), [0, 0], { maxSteps: 1, tolerance: NaN })],
    ['negative tolerance', () => descentPath(bowl, gd(0.1), [0, 0], { maxSteps: 1, gradTolerance: -1 })],
    ['a bound below the start loss', () => descentPath(bowl, gd(0.1), [0, 0], { maxSteps: 1, divergenceBound: 1 })],
    ['a start of the wrong size', () => descentPath(bowl, gd(0.1), [0, 0, 0], { maxSteps: 1 })],
    ['a non-finite start', () => descentPath(bowl, gd(0.1), [0, Infinity], { maxSteps: 1 })],
    ['a start where the loss overflows', () => descentPath(bowl, gd(0.1), [1e300, 0], { maxSteps: 1 })],
  ];
  for (const [what, f] of bad) it(`rejects ${what}`, () => expect(f).toThrow(CoreError));
});
