import { describe, expect, it } from 'vitest';
import { toySet } from '~/core/data/toy-sets';
import {
  DECISION_SIDE,
  LANDSCAPE_SIDE,
  model,
  N_POINTS,
  parseWidths,
  toyData,
  WIDTH_PRESETS,
} from '~/widgets/network-landscape/model';
import { MAX_STEPS, MAX_WIDTH, stateSchema } from '~/widgets/network-landscape/state';

const d = stateSchema.defaults;

describe('network-landscape model', () => {
  it('defaults train the chapter network [2, 4, 4, 1] on 200 two-moons points to the end', () => {
    const m = model(d);
    expect(m.input.setup).toMatchObject({ dataset: 'two-moons', n: 200, hidden: [4, 4], steps: 1000, initSeed: 1 });
    expect(m.input).toMatchObject({ runTo: 1000, mode: 'random', resolution: LANDSCAPE_SIDE });
    expect(m.input.decisionResolution).toBe(DECISION_SIDE);
    expect(m.runTo).toBe(1000);
    expect(m.wideInput).toBeNull();
    expect(m.data.n).toBe(200);
  });

  it('draws the data set the worker trains on, made once per data set, seed and noise (a prepare step)', () => {
    const m = model(d);
    expect(m.data).toEqual(toySet(d.data).make({ n: N_POINTS, seed: d.seed, noise: d.noise }));
    expect(toyData(d)).toBe(m.data);
    expect(model({ ...d, eta: 0.01 }).data).toBe(m.data);
    const other = model({ ...d, seed: d.seed + 1 });
    expect(other.data).not.toEqual(m.data);
    expect(other.dataKey).not.toBe(m.dataKey);
  });

  it('`at` pauses training earlier; the comparison trains the wide network the same way', () => {
    expect(model({ ...d, at: 250 }).runTo).toBe(250);
    expect(model({ ...d, at: 250 }).input.runTo).toBe(250);
    const c = model({ ...d, compare: true, at: 250, view: 'pca' });
    expect(c.wideInput?.setup.hidden).toEqual([32, 32]);
    expect(c.wideInput).toMatchObject({ runTo: 250, mode: 'pca' });
    expect(c.wideInput?.setup.learningRate).toBe(c.input.setup.learningRate);
  });

  it('a hostile URL reaches the task clamped, not reset', () => {
    const { state } = stateSchema.parse('hidden:1000000000,steps:1000000000,compare:1,wide:1e9_1e9_1e9');
    const m = model(state);
    expect(m.input.setup.hidden).toEqual([MAX_WIDTH]);
    expect(m.input.setup.steps).toBe(MAX_STEPS);
    expect(m.wideInput?.setup.hidden).toEqual([MAX_WIDTH, MAX_WIDTH]);
  });

  it('menus: a preset width or step count is selected; another value is added as its own entry', () => {
    const m = model(d);
    expect(m.widths.value).toBe('4x4');
    expect(m.widths.options.map((o) => o.value)).toEqual(WIDTH_PRESETS.map((h) => h.join('x')));
    expect(parseWidths(m.widths.value)).toEqual([4, 4]);
    expect(m.steps.value).toBe('1000');
    const odd = model({ ...d, hidden: [3, 7], steps: 1234 });
    expect(odd.widths.value).toBe('custom');
    expect(odd.widths.options.at(-1)).toEqual({ value: 'custom', label: 'two layers of 3 and 7' });
    expect(odd.steps.value).toBe('other');
    expect(odd.steps.options.at(-1)).toEqual({ value: 'other', label: '1234' });
  });
});
