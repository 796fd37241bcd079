import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { fromRows } from '~/core/linalg';
import { adagrad, adam, configure, descentPath, gradientDescent, momentum, nesterov, rmsprop } from '~/core/optim';
import type { AnyConfiguredOptimizer } from '~/core/optim';
import fixture from '../../../fixtures/linalg/optimizers.json';
import { maxRelativeError, quadratic, smallRosenbrock } from './helpers';

const byId = { 'gradient-descent': gradientDescent, momentum, nesterov, adagrad, rmsprop, adam } as const;

function bound(id: keyof typeof byId, params: object): AnyConfiguredOptimizer {
  // the fixture's params fit each optimiser's parameter type
  return configure(byId[id] as typeof gradientDescent, params as { learningRate: number });
}

describe('each optimiser against its numpy transcription (60 steps on a Rosenbrock valley)', () => {
  for (const run of fixture.runs) {
    it(run.id, () => {
      const opt = bound(run.id as keyof typeof byId, run.params);
      let state = opt.init(run.start);
      run.points.forEach((expected, k) => {
        if (k > 0) state = opt.step(state, smallRosenbrock);
        expect(maxRelativeError(state.point, expected)).toBeLessThan(1e-12);
      });
      expect(state.iteration).toBe(60);
    });
  }
});

describe('closed forms on f = ½x² (gradient x)', () => {
  const f = quadratic(fromRows([[1]]), [0]);
  it('gradient descent multiplies x by 1 − η', () => {
    const opt = configure(gradientDescent, { learningRate: 0.25 });
    const s1 = opt.step(opt.init([8]), f);
    expect(s1.point[0]).toBe(6);
  });
  it('heavy ball: v = μv − ηx, x = x + v', () => {
    const opt = configure(momentum, { learningRate: 0.5, momentum: 0.5 });
    const s1 = opt.step(opt.init([1]), f);
    const s2 = opt.step(s1, f);
    expect([s1.point[0], s1.velocity[0]]).toEqual([0.5, -0.5]);
    expect([s2.point[0], s2.velocity[0]]).toEqual([0, -0.5]); // v = 0.5·(−0.5) − 0.5·0.5
  });
  it('Nesterov takes the gradient at the look-ahead point', () => {
    const opt = configure(nesterov, { learningRate: 0.5, momentum: 0.5 });
    const s1 = opt.step(opt.init([1]), f); // ahead = 1, v = −0.5, x = 0.5
    const s2 = opt.step(s1, f); // ahead = 0.25, v = −0.25 − 0.125 = −0.375, x = 0.125
    expect([s1.point[0], s2.point[0], s2.velocity[0]]).toEqual([0.5, 0.125, -0.375]);
  });
  it('adaptive methods: the first step is ≈ η·sign(g), whatever the scale of g', () => {
    const steep = quadratic(fromRows([[1000]]), [0]);
    const adaptive: AnyConfiguredOptimizer[] = [
      configure(adagrad, { learningRate: 0.1 }),
      configure(adam, { learningRate: 0.1 }),
    ];
    for (const opt of adaptive) {
      expect(opt.step(opt.init([3]), steep).point[0]).toBeCloseTo(2.9, 12);
      expect(opt.step(opt.init([-3]), f).point[0]).toBeCloseTo(-2.9, 9);
    }
    // RMSProp: s = (1 − ρ)g², so the first step is η/√(1 − ρ) = 0.2
    const r = configure(rmsprop, { learningRate: 0.1, decay: 0.75 });
    expect(r.step(r.init([3]), steep).point[0]).toBeCloseTo(2.8, 10);
  });
  it('momentum and Nesterov with μ = 0 are exactly gradient descent', () => {
    const H = fromRows([
      [3, 1],
      [1, 2],
    ]);
    const q = quadratic(H, [1, -1]);
    const gd = descentPath(q, configure(gradientDescent, { learningRate: 0.3 }), [4, 4], { maxSteps: 30 });
    for (const o of [momentum, nesterov]) {
      const m = descentPath(q, configure(o, { learningRate: 0.3, momentum: 0 }), [4, 4], { maxSteps: 30 });
      expect(m.losses).toEqual(gd.losses);
    }
  });
});

describe('states are values', () => {
  it('step never writes into the old state', () => {
    const q = quadratic(
      fromRows([
        [2, 0],
        [0, 1],
      ]),
      [0, 0],
    );
    for (const opt of [
      configure(gradientDescent, { learningRate: 0.1 }),
      configure(momentum, { learningRate: 0.1 }),
      configure(nesterov, { learningRate: 0.1 }),
      configure(adagrad, { learningRate: 0.1 }),
      configure(rmsprop, { learningRate: 0.1 }),
      configure(adam, { learningRate: 0.1 }),
    ] as AnyConfiguredOptimizer[]) {
      const s0 = opt.init([1, 1]);
      const s1 = opt.step(s0, q);
      const snapshot = JSON.stringify(s1, (_, v) => (v instanceof Float64Array ? Array.from(v) : v));
      const s2 = opt.step(s1, q);
      expect(JSON.stringify(s1, (_, v) => (v instanceof Float64Array ? Array.from(v) : v))).toBe(snapshot);
      expect(Array.from(s0.point)).toEqual([1, 1]);
      expect(s2.iteration).toBe(2);
      expect(s2.point).not.toBe(s1.point);
    }
  });
  it('init copies the start', () => {
    const start = new Float64Array([1, 2]);
    const s = gradientDescent.init(start, { learningRate: 1 });
    start[0] = 99;
    expect(s.point[0]).toBe(1);
  });
});

describe('parameter validation', () => {
  const bad: Array<[string, () => unknown]> = [
    ['η = 0', () => gradientDescent.init([0], { learningRate: 0 })],
    ['η < 0', () => gradientDescent.init([0], { learningRate: -0.1 })],
    ['η = NaN', () => gradientDescent.init([0], { learningRate: NaN })],
    ['η = ∞', () => adam.init([0], { learningRate: Infinity })],
    ['η a string', () => gradientDescent.init([0], { learningRate: '0.1' as unknown as number })],
    ['μ = 1', () => momentum.init([0], { learningRate: 0.1, momentum: 1 })],
    ['μ < 0', () => nesterov.init([0], { learningRate: 0.1, momentum: -0.1 })],
    ['μ = NaN', () => momentum.init([0], { learningRate: 0.1, momentum: NaN })],
    ['β₁ = 1', () => adam.init([0], { learningRate: 0.1, beta1: 1 })],
    ['β₂ > 1', () => adam.init([0], { learningRate: 0.1, beta2: 1.5 })],
    ['ε = 0', () => adagrad.init([0], { learningRate: 0.1, epsilon: 0 })],
    ['ρ = 1', () => rmsprop.init([0], { learningRate: 0.1, decay: 1 })],
    ['a non-finite start', () => gradientDescent.init([0, NaN], { learningRate: 0.1 })],
    ['an empty start', () => gradientDescent.init([], { learningRate: 0.1 })],
    ['configure with a bad η', () => configure(momentum, { learningRate: -1 })],
  ];
  for (const [what, f] of bad) it(`rejects ${what}`, () => expect(f).toThrow(CoreError));
  it('fills in documented defaults', () => {
    expect(momentum.init([0], { learningRate: 0.1 }).params.momentum).toBe(0.9);
    expect(adam.init([0], { learningRate: 0.1 }).params).toEqual({
      learningRate: 0.1,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    });
    expect(rmsprop.init([0], { learningRate: 0.1 }).params).toEqual({ learningRate: 0.1, decay: 0.9, epsilon: 1e-8 });
    expect(adagrad.init([0], { learningRate: 0.1 }).params.epsilon).toBe(1e-10);
  });
  it('a step on an objective of another dimension is a mismatch', () => {
    const s = gradientDescent.init([0, 0, 0], { learningRate: 0.1 });
    expect(() => gradientDescent.step(s, smallRosenbrock)).toThrow(expect.objectContaining({ code: 'mismatch' }));
  });
});
