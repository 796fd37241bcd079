// regression-descent's shared path helpers: which iterations are marked, the
// path slice up to iteration k, and thinning a path to visibly distinct points.
import { describe, expect, it } from 'vitest';
import { isMarkedIteration, pathSlice, thinPath } from '~/widgets/regression-descent/marks';

const along = (xs: number[]) => xs.map((x, i) => ({ i, x }));
const dx = (a: { x: number }, b: { x: number }) => Math.abs(a.x - b.x);

describe('thinPath', () => {
  it('keeps the first point, the last point, and points at least `gap` from the last kept one', () => {
    const pts = along([0, 0.2, 0.5, 1.1, 1.3, 1.35, 2.4, 2.45]);
    expect(thinPath(pts, 1, dx).map((p) => p.x)).toEqual([0, 1.1, 2.4, 2.45]);
  });

  it('keeps every point when the gap is 0, and only the ends of a path that never moves', () => {
    const pts = along([0, 1, 2, 3]);
    expect(thinPath(pts, 0, dx)).toEqual(pts);
    expect(thinPath(along([5, 5, 5, 5, 5]), 0.1, dx).map((p) => p.i)).toEqual([0, 4]);
  });

  it('keeps a point whenever keep(p, last) says so', () => {
    const pts = [
      { x: 0, clipped: false },
      { x: 0.1, clipped: true },
      { x: 0.2, clipped: true },
      { x: 0.3, clipped: false },
      { x: 0.4, clipped: false },
    ];
    const out = thinPath(pts, 10, dx, (p, q) => p.clipped !== q.clipped);
    expect(out).toEqual([pts[0], pts[1], pts[3], pts[4]]);
  });

  it('handles empty and one-point paths', () => {
    expect(thinPath([], 1, dx)).toEqual([]);
    expect(thinPath(along([3]), 1, dx)).toEqual(along([3]));
  });

  it('never leaves two kept neighbours (except the last) closer than the gap', () => {
    const xs = Array.from({ length: 500 }, (_, k) => 10 * (1 - Math.exp(-k / 40)));
    const out = thinPath(along(xs), 0.25, dx);
    for (let j = 1; j < out.length - 1; j++) expect(dx(out[j]!, out[j - 1]!)).toBeGreaterThanOrEqual(0.25);
    expect(out.length).toBeLessThan(60);
    expect(out.at(-1)!.i).toBe(499);
  });
});

describe('pathSlice and isMarkedIteration', () => {
  const run = {
    length: 4,
    b0: Float64Array.from([0, 1, 2, 3]),
    b1: Float64Array.from([0, -1, -2, -3]),
    loss: Float64Array.from([9, 4, 1, 0]),
  };

  it('returns iterations 0…k with start and current, and says when the current point is outside the window', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const s = pathSlice(run as any, 2, { x0: -1, x1: 1.5, y0: -5, y1: 5 });
    expect(s.points.map((p) => p.k)).toEqual([0, 1, 2]);
    expect(s.start).toEqual({ k: 0, b0: 0, b1: 0, loss: 9 });
    expect(s.current).toEqual({ k: 2, b0: 2, b1: -2, loss: 1 });
    expect(s.outside).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(pathSlice(run as any, 1, { x0: -1, x1: 1.5, y0: -5, y1: 5 }).outside).toBe(false);
  });

  it('marks every iteration below 10, then every 2nd, 5th, 25th', () => {
    expect([0, 1, 9, 10, 11, 13, 55, 57, 500, 525, 530].map(isMarkedIteration)).toEqual([true, true, true, true, false, false, true, false, true, true, false]);
  });
});
