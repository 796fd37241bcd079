import { describe, expect, it } from 'vitest';
import { stateSchema, MAX_STEPS, MAX_WIDTH } from '~/widgets/network-landscape/state';
import { runTo, taskInput } from '~/widgets/network-landscape/setup';

describe('network-landscape state from hostile URLs', () => {
  it('1e9 steps is clamped to the maximum, with a note', () => {
    const { state, notes } = stateSchema.parse('steps:1000000000');
    expect(state.steps).toBe(MAX_STEPS);
    expect(notes.join(' ')).toMatch(/steps/);
  });

  it('huge widths are clamped, and a third layer is dropped', () => {
    const { state, notes } = stateSchema.parse('hidden:100000_9999999_5');
    expect(state.hidden.every((w) => w <= MAX_WIDTH)).toBe(true);
    expect(state.hidden.length).toBeLessThanOrEqual(2);
    expect(notes.length).toBeGreaterThan(0);
  });

  it('script in the URL is refused and never echoed whole', () => {
    const { state, notes } = stateSchema.parse('data:<script>alert(1)</script>,eta:NaN');
    expect(state.data).toBe('two-moons');
    expect(state.eta).toBe(0.03);
    expect(notes.join(' ')).not.toMatch(/<script>/);
  });

  it('defaults train the chapter network [2, 4, 4, 1] to the end; `at` pauses earlier', () => {
    const d = stateSchema.defaults;
    expect(taskInput(d).setup.hidden).toEqual([4, 4]);
    expect(runTo(d)).toBe(1000);
    expect(runTo({ ...d, at: 250 })).toBe(250);
    expect(taskInput({ ...d, compare: true }, d.wide).setup.hidden).toEqual([32, 32]);
  });
});
