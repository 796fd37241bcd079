// tangent-explorer's pure modules: tangent and secant of 3x² − 4x + 5, the error, the table.
import { describe, expect, it } from 'vitest';
import { toCsv } from '~/widgets/kit/csv';
import { model } from '~/widgets/tangent-explorer/model';
import { stateSchema } from '~/widgets/tangent-explorer/state';
import { summary } from '~/widgets/tangent-explorer/summary';
import { table } from '~/widgets/tangent-explorer/table';

const at = (patch: Partial<typeof stateSchema.defaults>) => model(stateSchema.clamp(patch, stateSchema.defaults));

describe('tangent-explorer', () => {
  it('model: slope f′(−2) = −16; the secant with h = 1 has slope −13 (error 3h)', () => {
    const m = at({});
    expect(m.slope).toBe(-16);
    expect(m.quotient).toBe(-13);
    expect(m.error).toBe(3);
    expect(at({ h: 1e-3 }).error).toBeCloseTo(3e-3, 9);
  });
  it('summary names h as a power of ten and warns about rounding for tiny h', () => {
    expect(summary(at({ h: 1e-3 }))).toContain('Secant with h = 10⁻³');
    expect(summary(at({ h: 1e-12 }))).toContain('rounding error');
  });
  it('table: h = 1 … 1e−12 plus the current h; the CSV keeps numbers (negative errors too)', () => {
    const t = table(at({ x: 1, h: 0.003 }));
    expect(t.rows).toHaveLength(14);
    const csv = toCsv(table(at({ x: 1, h: 1e-9 })));
    expect(csv).not.toMatch(/'/);
    expect(csv.split('\r\n')[1]).toMatch(/^1,/);
  });
});
