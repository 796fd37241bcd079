import { describe, expect, it } from 'vitest';
import { model, neuronOutput } from '~/widgets/neuron/model';
import { stateSchema } from '~/widgets/neuron/state';

describe('neuron widget model', () => {
  const s = stateSchema.defaults;

  it('a = g(w₁x₁ + w₂x₂ + b) at the sample points', () => {
    expect(neuronOutput({ w1: 2, w2: -1, b: 0.5, act: 'relu' }, 1, 3)).toEqual({ z: -0.5, a: 0 });
    const m = model(s);
    expect(m.samples[0]).toEqual({ x1: 0, x2: 0, z: 0, a: 0.5 });
  });

  it('for the sigmoid the 0.5 line is w₁x₁ + w₂x₂ + b = 0 (here x₂ = x₁)', () => {
    const m = model(s);
    expect(m.half.count).toBeGreaterThan(0);
    for (let k = 0; k < m.half.x.length; k++) expect(m.half.y[k]!).toBeCloseTo(m.half.x[k]!, 6);
  });

  it('no 0.5 line when the output never reaches 0.5 in the window', () => {
    const m = model({ ...s, w1: 0, w2: 0, b: -5 });
    expect(m.half.count).toBe(0);
    expect(m.range[1]).toBeLessThan(0.5);
  });
});
