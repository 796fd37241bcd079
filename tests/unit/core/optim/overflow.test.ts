import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  adagrad,
  adam,
  configure,
  type AnyConfiguredOptimizer,
  descentPath,
  gradientDescent,
  momentum,
  nesterov,
  rmsprop,
} from '~/core/optim';
import { rosenbrock } from '~/core/surfaces';

// Issue 13: from (1e60, 0) on Rosenbrock the gradient is about 4e182, so g² overflows. The
// adaptive optimisers used to divide by √∞ = ∞, take steps of 0, and report "converged".
const optimisers = [
  ['gradient descent', configure(gradientDescent, { learningRate: 0.001 })],
  ['momentum', configure(momentum, { learningRate: 0.001 })],
  ['nesterov', configure(nesterov, { learningRate: 0.001 })],
  ['adagrad', configure(adagrad, { learningRate: 0.1 })],
  ['rmsprop', configure(rmsprop, { learningRate: 0.01 })],
  ['adam', configure(adam, { learningRate: 0.1 })],
] as const;

describe('a run whose squared gradient overflows', () => {
  it.each(optimisers)('%s from (1e60, 0) on Rosenbrock ends diverged, whatever the stopping rule', (_name, opt) => {
    for (const options of [
      { maxSteps: 100, tolerance: 1e-9 },
      { maxSteps: 100, gradTolerance: 1e-6 },
      { maxSteps: 100 },
    ]) {
      const path = descentPath(rosenbrock, opt, [1e60, 0], options);
      expect(path.status).toBe('diverged');
      expect(path.points.every((p) => p.every(Number.isFinite))).toBe(true);
    }
  });

  it.each(optimisers.slice(3))('%s says why: the squared gradient overflowed', (_name, opt) => {
    const path = descentPath(rosenbrock, opt, [1e60, 0], { maxSteps: 100, tolerance: 1e-9 });
    expect(path.steps).toBe(0);
    expect(path.stoppedBecause).toMatch(/squared gradient overflowed/);
  });

  it('a single step throws a CoreError (non-finite) instead of returning a frozen state', () => {
    const adaptive: AnyConfiguredOptimizer[] = optimisers.slice(3).map(([, opt]) => opt);
    for (const opt of adaptive) expect(() => opt.step(opt.init([1e60, 0]), rosenbrock)).toThrow(CoreError);
  });

  it('gradients just below the overflow still step normally (|g| = 1e150)', () => {
    const line = { dim: 1, value: (p: ArrayLike<number>) => 1e150 * p[0]!, gradient: () => Float64Array.of(1e150) };
    const s = adam.step(adam.init([0], { learningRate: 0.1 }), line);
    expect(s.point[0]).toBeCloseTo(-0.1, 12);
    const r = rmsprop.step(rmsprop.init([0], { learningRate: 0.1 }), line);
    expect(r.point[0]).toBeCloseTo(-0.1 / Math.sqrt(0.1), 12);
    const a = adagrad.step(adagrad.init([0], { learningRate: 0.1 }), line);
    expect(a.point[0]).toBeCloseTo(-0.1, 12);
  });
});
