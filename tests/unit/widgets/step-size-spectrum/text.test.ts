// step-size-spectrum's summary, table and URL state: what a student reads and what a link carries.
import { describe, expect, it } from 'vitest';
import { model } from '~/widgets/step-size-spectrum/model';
import { stateSchema } from '~/widgets/step-size-spectrum/state';
import { summary } from '~/widgets/step-size-spectrum/summary';
import { table } from '~/widgets/step-size-spectrum/table';

describe('step-size-spectrum summary and table', () => {
  it('the summary gives both factors, the verdict and the landmarks', () => {
    const s = summary(model({ eta: 0.0055, steps: 30 }));
    expect(s).toContain('η = 0.0055');
    expect(s).toContain('0.9700');
    expect(s).toContain('−0.7186');
    expect(s).toContain('oscillates and converges');
    expect(s).toContain('cliff 2/λ_max = 0.006401');
    expect(s).toContain('best fixed step 0.006291');
    expect(summary(model({ eta: 0.0065, steps: 30 }))).toContain('diverges');
    expect(summary(model({ eta: 0.002, steps: 30 }))).toContain('from one side');
  });

  it('the table has one row per step, k = 0…steps', () => {
    const t = table(model({ eta: 0.002, steps: 12 }));
    expect(t.rows.length).toBe(13);
    expect(t.rows[0]!.k).toBe(0);
    expect(t.rows[12]!.k).toBe(12);
    expect(t.columns.map((c) => c.key)).toEqual(['k', 'soft', 'stiff', 'norm']);
  });
});

describe('step-size-spectrum URL state', () => {
  it('defaults to η = 0.0055 and 30 steps', () => {
    expect(stateSchema.defaults).toEqual({ eta: 0.0055, steps: 30 });
  });

  it('clamps a hand-edited η into [0.0001, 0.008] and explains it', () => {
    const r = stateSchema.parse('eta:5,steps:30');
    expect(r.state.eta).toBe(0.008);
    expect(r.notes.length).toBeGreaterThan(0);
    expect(stateSchema.parse('eta:-1').state.eta).toBe(0.0001);
    expect(stateSchema.parse('eta:abc').state.eta).toBe(0.0055);
  });
});
