// regression-descent's pure modules: gradient descent on the ten-point line's least squares.
import { describe, expect, it } from 'vitest';
import { model } from '~/widgets/regression-descent/model';
import { stateSchema } from '~/widgets/regression-descent/state';
import { summary } from '~/widgets/regression-descent/summary';
import { table } from '~/widgets/regression-descent/table';

describe('regression-descent', () => {
  const m = model(stateSchema.defaults);
  it('model: after 1000 steps β = (0.9177, 0.4837), loss 12.8664 (notebook recipe 004)', () => {
    expect(m.k).toBe(1000);
    expect(m.b0).toBeCloseTo(0.9177, 4);
    expect(m.b1).toBeCloseTo(0.4837, 4);
    expect(m.loss).toBeCloseTo(12.8664, 4);
    expect(model(stateSchema.clamp({ it: 5 }, stateSchema.defaults)).k).toBe(5);
  });
  it('summary and table: iterations 0–9, then fewer, and the last one', () => {
    expect(summary(m, stateSchema.defaults)).toMatch(/^Iteration 1000 of 1000: β = \(0\.9177, 0\.4837\)/);
    const ks = table(m).rows.map((r) => r.k);
    expect(ks.slice(0, 11)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ks.at(-1)).toBe(1000);
  });
  it('a divergent η is reported as diverged, with the path shown up to there', () => {
    const d = model(stateSchema.clamp({ eta: 0.02, steps: 5000 }, stateSchema.defaults));
    expect(d.run.status).toBe('diverged');
    expect(summary(d, stateSchema.clamp({ eta: 0.02 }, stateSchema.defaults))).toContain('the run diverged');
  });
});
