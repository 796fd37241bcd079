// loss-surface-explorer's pure modules: the training MSE over (b, w) of the noisy-line split.
import { describe, expect, it } from 'vitest';
import { model } from '~/widgets/loss-surface-explorer/model';
import { stateSchema } from '~/widgets/loss-surface-explorer/state';
import { summary } from '~/widgets/loss-surface-explorer/summary';
import { table } from '~/widgets/loss-surface-explorer/table';

describe('loss-surface-explorer', () => {
  const m = model(stateSchema.defaults);
  it('model: the random start has training MSE 2.74; the least-squares line is the lowest point', () => {
    expect(m.at.mse).toBeCloseTo(2.74, 2);
    const best = model(stateSchema.clamp({ b: m.fixed.best.b, w: m.fixed.best.w }, stateSchema.defaults));
    expect(best.at.mse).toBeLessThan(m.at.mse);
    expect(Math.hypot(...best.at.grad)).toBeLessThan(1e-3);
  });
  it('summary and table: 80 residuals ŷ − y', () => {
    expect(summary(m)).toMatch(/training MSE 2\.74/);
    const t = table(m);
    expect(t.rows).toHaveLength(80);
    const r = t.rows[0]!;
    expect(r.r).toBeCloseTo((r.yhat as number) - (r.y as number), 12);
  });
});
