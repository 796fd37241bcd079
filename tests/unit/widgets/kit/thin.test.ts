// Thinning a path (or its labels) to points a reader can tell apart.
import { describe, expect, it } from 'vitest';
import { thinPath } from '~/widgets/kit/thin';

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
    const out = thinPath(pts, 10, dx, { keep: (p, q) => p.clipped !== q.clipped });
    expect(out).toEqual([pts[0], pts[1], pts[3], pts[4]]);
  });

  it('with keepLast: false, drops a last point too close to the previous kept one (step labels)', () => {
    expect(thinPath(along([0, 1.5, 1.6]), 1, dx, { keepLast: false }).map((p) => p.x)).toEqual([0, 1.5]);
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
