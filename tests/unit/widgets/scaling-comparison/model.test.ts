import { describe, expect, it } from 'vitest';
import { countsOf, model } from '~/widgets/scaling-comparison/model';
import { stateSchema, type State } from '~/widgets/scaling-comparison/state';

const defaults = (): State => ({ ...(stateSchema.defaults as State) });

describe('scaling-comparison model', () => {
  it('reproduces chapter 7: 90,566 steps raw and 3 standardised at the best fixed steps; 73,261 and 13,944 at the shared 0.0003', () => {
    const m = model(defaults());
    const [raw, std] = m.panels;
    const [rawCounts, stdCounts] = countsOf(m);
    expect(raw.scaling).toBe('none');
    expect(std.scaling).toBe('standard');
    expect(rawCounts[0]).toEqual({ status: 'reached', steps: 90566 });
    expect(stdCounts[0]).toEqual({ status: 'reached', steps: 3 });
    expect(rawCounts[1].steps).toBe(73261);
    expect(stdCounts[1].steps).toBe(13944);
    expect(raw.problem.gramSpectrum.conditionNumber).toBeCloseTo(20501.77, 1);
    expect(std.problem.gramSpectrum.conditionNumber).toBeCloseTo(1.1467, 4);
  });

  it('min–max: 29 steps at its best fixed step, condition number 6.52', () => {
    const m = model({ ...defaults(), scaling: 'min-max' });
    expect(countsOf(m)[1][0].steps).toBe(29);
    expect(m.panels[1].problem.gramSpectrum.conditionNumber).toBeCloseTo(6.522, 3);
  });

  it("the recipe's window shows the raw minimum but not the standardised one; the bowl windows show both", () => {
    const recipe = model({ ...defaults(), view: 'recipe' });
    expect(recipe.panels[0].minimumShown).toBe(true);
    expect(recipe.panels[1].minimumShown).toBe(false);
    expect(recipe.panels[0].grid.nx).toBe(50);
    const bowl = model(defaults());
    expect(bowl.panels.every((p) => p.minimumShown)).toBe(true);
  });

  it('the best-step path on the raw features zig-zags: w₂ flips between about 0.24 and 0', () => {
    const raw = model(defaults()).panels[0].runs[0];
    expect(raw.ys[1]).toBeCloseTo(0.2411, 4);
    expect(Math.abs(raw.ys[2]!)).toBeLessThan(1e-3);
    expect(raw.ys[3]).toBeCloseTo(0.2411, 3);
  });

  it('one start means the same slopes on both panels', () => {
    const m = model({ ...defaults(), w1: 1, w2: 0.05 });
    const std = m.panels[1];
    expect(std.start[0]).toBeCloseTo(std.problem.slopeScale[0]!, 12);
    expect(std.start[1]).toBeCloseTo(0.05 * std.problem.slopeScale[1]!, 12);
  });

  it('a shared step above the critical one diverges on the raw panel without NaN and is counted as diverged', () => {
    const m = model({ ...defaults(), eta: 0.01 });
    const shared = m.panels[0].runs[1];
    const counts = countsOf(m);
    expect(counts[0][1].status).toBe('diverged');
    expect(shared.status).toBe('diverged');
    for (const v of [...shared.xs, ...shared.ys, ...shared.losses]) expect(Number.isFinite(v)).toBe(true);
    expect(counts[1][1].status).toBe('reached'); // 0.01 is small for the round bowl
  });
});
