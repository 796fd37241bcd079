import { describe, expect, it } from 'vitest';
import { niceTicks } from '~/core/project/ticks';

describe('niceTicks', () => {
  it('chooses 1-2-5 steps', () => {
    expect(niceTicks(-12, 12, 5)).toEqual([-10, -5, 0, 5, 10]);
    expect(niceTicks(-4, 4, 5)).toEqual([-4, -2, 0, 2, 4]);
    expect(niceTicks(-1, 2000, 4)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
  it('never prints float residue and never -0', () => {
    for (const t of niceTicks(-0.3, 0.3, 6)) {
      expect(String(t).length).toBeLessThan(6);
      expect(Object.is(t, -0)).toBe(false);
    }
  });
  it('throws on bad ranges', () => {
    expect(() => niceTicks(1, 1)).toThrow(/lower < upper/);
    expect(() => niceTicks(0, Number.NaN)).toThrow(/finite/);
  });
});
