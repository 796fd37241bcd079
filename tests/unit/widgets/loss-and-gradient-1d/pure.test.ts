// loss-and-gradient-1d's pure modules: L(w) = (w·x − y)², its slope, the words and the table.
import { describe, expect, it } from 'vitest';
import { model } from '~/widgets/loss-and-gradient-1d/model';
import { stateSchema } from '~/widgets/loss-and-gradient-1d/state';
import { summary } from '~/widgets/loss-and-gradient-1d/summary';
import { table } from '~/widgets/loss-and-gradient-1d/table';

const at = (patch: Partial<typeof stateSchema.defaults>) => model(stateSchema.clamp(patch, stateSchema.defaults));

describe('loss-and-gradient-1d', () => {
  it('model: loss, slope and step direction at w (x = 2, y = 4: minimum at w = 2)', () => {
    const m = at({});
    expect(m.at.loss).toBe(9);
    expect(m.at.slope).toBe(-12);
    expect(m.at.direction).toBe(1);
    expect(m.curves.minimiser).toBe(2);
    expect(at({ w: 2 }).at.direction).toBe(0);
    expect(at({ w: 3 }).at.direction).toBe(-1);
  });
  it('slope axis: over 15% of it free above the highest of the curve and zero, for the read-out', () => {
    // x = 1.2, y = 4: every slope on the w axis is negative, so zero is the top of what is drawn.
    for (const m of [at({ x: 1.2, y: 4 }), at({})]) {
      const slopes = m.curves.points.map((p) => p.slope);
      const [lo, hi] = m.curves.slopeDomain;
      const top = Math.max(0, ...slopes);
      expect(lo).toBeLessThan(Math.min(0, ...slopes));
      expect((hi - top) / (hi - lo)).toBeGreaterThan(0.15);
    }
  });

  it('summary says which way a step goes, and the x = 0 case', () => {
    expect(summary(at({}))).toBe(
      'w = 0.50: loss 9.00, slope \u221212.00. The slope is negative, so a step would increase w.',
    );
    expect(summary(at({ w: 2 }))).toMatch(/This is the minimum/);
    expect(summary(at({ x: 0 }))).toMatch(/With x = 0 every w gives the same loss/);
  });
  it('table: L and dL/dw every 0.1 from −1 to 3, the data in the caption', () => {
    const t = table(at({ x: -1.5 }));
    expect(t.rows).toHaveLength(41);
    expect(t.rows[0]).toMatchObject({ w: -1 });
    expect(t.rows[40]).toMatchObject({ w: 3 });
    expect(t.caption).toContain('(\u22121.5)');
    expect(t.rows[15]!.loss).toBeCloseTo((0.5 * -1.5 - 4) ** 2, 12);
  });
});
