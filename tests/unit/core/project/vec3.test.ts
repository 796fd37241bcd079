import { describe, expect, it } from 'vitest';
import { cross, dot, normalize } from '~/core/project/vec3';

describe('vec3', () => {
  it('dot, cross and normalize follow the right-hand rule', () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
    expect(cross([1, 0, 0], [0, 1, 0])).toEqual([0, 0, 1]);
    expect(cross([0, 1, 0], [1, 0, 0])).toEqual([0, 0, -1]);
    expect(normalize([3, 0, 4])).toEqual([0.6, 0, 0.8]);
    expect(normalize([0, 0, 0])).toEqual([0, 0, 0]);
  });
});
