import { describe, expect, it } from 'vitest';
import { stateSchema, MAX_STEPS, MAX_WIDTH } from '~/widgets/network-landscape/state';

describe('network-landscape state from hostile URLs', () => {
  it('1e9 steps is clamped to the maximum, with a note', () => {
    const { state, notes } = stateSchema.parse('steps:1000000000');
    expect(state.steps).toBe(MAX_STEPS);
    expect(notes.join(' ')).toMatch(/steps/);
  });

  it('a width of 1e9 is clamped to the widest layer, not reset to the default, with a note', () => {
    const { state, notes } = stateSchema.parse('hidden:1000000000');
    expect(state.hidden).toEqual([MAX_WIDTH]);
    expect(notes).toEqual([`hidden: 1000000000 is outside 2…${MAX_WIDTH}; using ${MAX_WIDTH}.`]);
    const wide = stateSchema.parse('compare:1,wide:1e9_1');
    expect(wide.state.wide).toEqual([MAX_WIDTH, 2]);
    expect(wide.notes.join(' ')).toMatch(
      /wide item 1: 1e9 is outside.*using 32\. wide item 2: 1 is outside.*using 2\./,
    );
  });

  it('huge widths are clamped, and a third layer is dropped with a note', () => {
    const { state, notes } = stateSchema.parse('hidden:100000_9999999_5');
    expect(state.hidden).toEqual([MAX_WIDTH, MAX_WIDTH]);
    expect(notes.join(' ')).toMatch(/hidden item 1: 100000 is outside/);
    expect(notes.join(' ')).toMatch(/hidden: only the first 2 kept\./);
    expect(stateSchema.parse('hidden:8_16_5').state.hidden).toEqual([8, 16]);
  });

  it('script in the URL is refused and never echoed whole', () => {
    const { state, notes } = stateSchema.parse('data:<script>alert(1)</script>,eta:NaN');
    expect(state.data).toBe('two-moons');
    expect(state.eta).toBe(0.03);
    expect(notes.join(' ')).not.toMatch(/<script>/);
  });
});
