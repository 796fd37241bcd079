// gradient-field's pure modules: the probe on a catalogue surface, its equal-scale view, the table.
import { describe, expect, it } from 'vitest';
import { model, view } from '~/widgets/gradient-field/model';
import { stateSchema } from '~/widgets/gradient-field/state';
import { summary } from '~/widgets/gradient-field/summary';
import { SURFACES } from '~/widgets/gradient-field/surfaces';
import { table } from '~/widgets/gradient-field/table';

const at = (patch: Partial<typeof stateSchema.defaults>) => model(stateSchema.clamp(patch, stateSchema.defaults));

describe('gradient-field', () => {
  it('model: ∇(x² + 10y²) at (4, 1) is (8, 20); the probe is clamped into the window', () => {
    const m = at({});
    expect(m.probe.grad).toEqual([8, 20]);
    expect(m.choice.formula).toBe('f(w₁, w₂) = w₁² + 10w₂²');
    expect(m.choice.label).toBe('Elongated bowl: w₁² + 10w₂²');
    expect(at({ x: 12, y: -12 }).probe).toMatchObject({ x: 6, y: -4 });
  });
  it('summary: on the round bowl −∇f points straight at the minimum', () => {
    expect(summary(at({ surface: 'round-bowl', x: -5, y: 5 }))).toContain('points straight at the nearest minimum');
    expect(summary(at({ surface: 'himmelblau', x: 3, y: 2 }))).toContain('the gradient is zero');
  });
  it('view keeps equal units on both axes, whatever the rectangle', () => {
    const v = view(SURFACES['elongated-bowl'], { width: 600, height: 200 });
    expect((v.x[1] - v.x[0]) * v.scale).toBeCloseTo(600, 9);
    expect((v.y[1] - v.y[0]) * v.scale).toBeCloseTo(200, 9);
    expect(v.y).toEqual([-4, 4]);
  });
  it('table: the probe, three landmarks of the window and every minimum', () => {
    expect(table(at({ surface: 'himmelblau' })).rows.map((r) => r.point)).toEqual([
      'probe',
      'corner ↙',
      'corner ↗',
      'centre',
      'min 1',
      'min 2',
      'min 3',
      'min 4',
    ]);
  });
});
