// regression-descent's shared path helpers: which iterations are marked and the
// path slice up to iteration k.
import { describe, expect, it } from 'vitest';
import { isMarkedIteration, pathSlice } from '~/widgets/regression-descent/marks';
import type { Run } from '~/widgets/regression-descent/model';

describe('pathSlice and isMarkedIteration', () => {
  const run = {
    length: 4,
    b0: Float64Array.from([0, 1, 2, 3]),
    b1: Float64Array.from([0, -1, -2, -3]),
    loss: Float64Array.from([9, 4, 1, 0]),
  };

  it('returns iterations 0…k with start and current, and says when the current point is outside the window', () => {
    const s = pathSlice(run as unknown as Run, 2, { x0: -1, x1: 1.5, y0: -5, y1: 5 });
    expect(s.points.map((p) => p.k)).toEqual([0, 1, 2]);
    expect(s.start).toEqual({ k: 0, b0: 0, b1: 0, loss: 9 });
    expect(s.current).toEqual({ k: 2, b0: 2, b1: -2, loss: 1 });
    expect(s.outside).toBe(true);
    expect(pathSlice(run as unknown as Run, 1, { x0: -1, x1: 1.5, y0: -5, y1: 5 }).outside).toBe(false);
  });

  it('marks every iteration below 10, then every 2nd, 5th, 25th', () => {
    expect([0, 1, 9, 10, 11, 13, 55, 57, 500, 525, 530].map(isMarkedIteration)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      true,
      false,
    ]);
  });
});
