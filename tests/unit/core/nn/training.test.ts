import { describe, expect, it } from 'vitest';
import { toySet, type ToySetId } from '~/core/data/toy-sets';
import { CoreError } from '~/core/errors';
import { initialParameters, mlpLayout, networkLoss, startTraining, train } from '~/core/nn';
import { adam, configure, gradientDescent, momentum, nesterov } from '~/core/optim';

/**
 * Each toy set (200 points, seed 0, its default noise) trained from θ₀ seed 1 with Adam,
 * η = 0.01: the accuracy on the training points it reaches (chapter 9 quotes these setups).
 */
const SETUPS: { id: ToySetId; sizes: number[]; steps: number; accuracy: number }[] = [
  { id: 'two-moons', sizes: [2, 8, 8, 1], steps: 1000, accuracy: 0.99 },
  { id: 'circles', sizes: [2, 8, 8, 1], steps: 1000, accuracy: 0.99 },
  { id: 'xor', sizes: [2, 8, 8, 1], steps: 1000, accuracy: 0.95 },
  { id: 'two-spirals', sizes: [2, 16, 16, 1], steps: 2000, accuracy: 0.95 },
];

describe('training reaches a stated accuracy on every toy set', () => {
  for (const s of SETUPS) {
    it(`${s.id}: [${s.sizes.join(', ')}] tanh, ${s.steps} Adam steps → accuracy ≥ ${s.accuracy}`, () => {
      const set = toySet(s.id);
      const layout = mlpLayout(s.sizes);
      const loss = networkLoss(layout, 'tanh', set.make({ n: 200, seed: 0, noise: set.defaultNoise }));
      const theta0 = initialParameters(layout, 'tanh', 1);
      const run = train(loss, configure(adam, { learningRate: 0.01 }), theta0, { steps: s.steps });
      expect(run.status).toBe('done');
      expect(run.step).toBe(s.steps);
      expect(loss.accuracy(theta0)).toBeLessThan(0.9);
      expect(loss.accuracy(run.theta)).toBeGreaterThanOrEqual(s.accuracy);
      expect(run.losses[s.steps]!).toBeLessThan(run.losses[0]! / 4);
    });
  }
});

describe('the training run', () => {
  const layout = mlpLayout([2, 4, 4, 1]);
  const loss = networkLoss(layout, 'tanh', toySet('two-moons').make({ n: 60, seed: 2, noise: 0.1 }));
  const theta0 = initialParameters(layout, 'tanh', 3);

  it('losses[k] = L(θ_k), snapshots every k-th step and at the end', () => {
    const run = train(loss, configure(momentum, { learningRate: 0.1 }), theta0, { steps: 95, snapshots: 10 });
    expect(run.snapshotEvery).toBe(11);
    expect(run.snapshotSteps).toEqual([0, 11, 22, 33, 44, 55, 66, 77, 88, 95]);
    expect(run.losses.length).toBe(96);
    expect(run.losses[0]).toBe(loss.value(theta0));
    expect(run.losses[95]).toBe(loss.value(run.theta));
    expect(run.snapshots[9]).toEqual(run.theta);
    expect(run.losses[33]).toBe(loss.value(run.snapshots[3]!));
  });

  it('in chunks it takes exactly the same steps as in one go (also with Nesterov, which looks ahead)', () => {
    for (const opt of [configure(adam, { learningRate: 0.02 }), configure(nesterov, { learningRate: 0.1 })]) {
      const whole = train(loss, opt, theta0, { steps: 120 });
      const parts = startTraining(loss, opt, theta0, { steps: 120 });
      expect(parts.status).toBe('running');
      let taken = 0;
      for (const c of [1, 7, 50, 100]) taken += parts.advance(c);
      expect(taken).toBe(120);
      expect(parts.status).toBe('done');
      expect(parts.advance(10)).toBe(0);
      expect(parts.theta).toEqual(whole.theta);
      expect(Array.from(parts.losses)).toEqual(Array.from(whole.losses));
      expect(parts.snapshotSteps).toEqual(whole.snapshotSteps);
    }
  });

  it('an absurd learning rate ends as diverged without recording a non-finite number', () => {
    // a linear network: the logits, and with them the weights, grow without bound
    const linear = networkLoss(layout, 'identity', loss.batch);
    const run = train(linear, configure(gradientDescent, { learningRate: 1e300 }), theta0, { steps: 50 });
    expect(run.status).toBe('diverged');
    expect(run.step).toBeLessThan(50);
    for (const v of run.losses) expect(Number.isFinite(v)).toBe(true);
    for (const v of run.theta) expect(Number.isFinite(v)).toBe(true);
    expect(run.snapshotSteps[run.snapshotSteps.length - 1]).toBe(run.step);
  });

  it('refuses step counts out of range', () => {
    const opt = configure(adam, { learningRate: 0.01 });
    for (const steps of [0, -1, 1.5, 1e9, NaN])
      expect(() => startTraining(loss, opt, theta0, { steps })).toThrow(CoreError);
    expect(() => startTraining(loss, opt, theta0, { steps: 10, snapshots: 1 })).toThrow(CoreError);
  });
});
