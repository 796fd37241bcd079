// learning-rate-comparison's pure modules: runs on the ten-point line, their labels and words.
import { describe, expect, it } from 'vitest';
import { feedback, why } from '~/widgets/learning-rate-comparison/explain';
import { model } from '~/widgets/learning-rate-comparison/model';
import { stateSchema } from '~/widgets/learning-rate-comparison/state';
import { summary } from '~/widgets/learning-rate-comparison/summary';
import { table } from '~/widgets/learning-rate-comparison/table';

describe('learning-rate-comparison', () => {
  const m = model(stateSchema.defaults);
  it('model: the default rates converge, oscillate and diverge; critical η = 2/λ_max ≈ 0.006401', () => {
    expect(m.runs.map((r) => r.predicted)).toEqual(['converges', 'oscillates', 'diverges']);
    expect(m.problem.thresholds.criticalLearningRate).toBeCloseTo(0.006401, 6);
    expect(m.runs[2]!.exit).not.toBeNull();
    expect(m.runs[0]!.exit).toBeNull();
  });
  it('summary and feedback', () => {
    expect(summary(m)).toContain('Critical η = 2/λ_max = 0.006401, best fixed step 0.006291');
    expect(feedback('oscillates', m.runs[1]!).right).toBe(true);
    expect(feedback('converges', m.runs[2]!).text).toMatch(/^Not quite/);
    expect(why(m.runs[0]!)).toMatch(/both factors/);
  });
  it('table: one row per run and iteration, every iteration up to 100 steps', () => {
    const t = table(m);
    expect(t.rows.filter((r) => r.eta === '0.002')).toHaveLength(101);
  });
});
