// A path clipped and thinned once, read up to any iteration: the same as clipping and
// thinning each prefix.
import { describe, expect, it } from 'vitest';
import { clipPath } from '~/core/geometry/clip-path';
import { visiblePolylines, type XY } from '~/core/geometry/visible-polylines';
import { pathPrefixes } from '~/widgets/kit/pathPrefix';
import { thinPath } from '~/widgets/kit/thin';

const WINDOW = { x: [-1, 1], y: [-1, 1] } as const;
const dist = (a: XY, b: XY) => Math.hypot((a.x - b.x) * 200, (a.y - b.y) * 150);

/** A wobbly loop in and out of the window, with now and then a jump far out and back (seeded). */
function walk(n: number, seed: number, step: number): { xs: Float64Array; ys: Float64Array } {
  let s = seed;
  const rand = () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const far = k > 0 && rand() < 0.02 ? 40 : 0;
    xs[k] = 1.6 * Math.sin(step * k) + (rand() - 0.5) * step + far;
    ys[k] = 1.3 * Math.sin(0.7 * step * k + seed) + (rand() - 0.5) * step - far / 2;
  }
  return { xs, ys };
}

/** What a scrubbed figure drew before: clip the prefix, then thin each piece. */
function direct(xs: Float64Array, ys: Float64Array, k: number, gap: number): XY[][] {
  const n = Math.min(xs.length, k + 1);
  const pts: [number, number][] = [];
  for (let i = 0; i < n; i++) pts.push([xs[i]!, ys[i]!]);
  return visiblePolylines(xs.subarray(0, n), ys.subarray(0, n), clipPath(pts, WINDOW)).map((line) =>
    thinPath(line, gap, dist),
  );
}

function full(xs: Float64Array, ys: Float64Array, gap: number) {
  const pts = Array.from(xs, (x, i) => [x, ys[i]!] as [number, number]);
  return pathPrefixes(xs, ys, clipPath(pts, WINDOW), gap, dist);
}

describe('pathPrefixes', () => {
  it('gives, for every k, exactly the clipped and thinned prefix', () => {
    for (const [seed, step, gap] of [
      [1, 0.3, 1.5],
      [7, 0.05, 1.5],
      [42, 0.6, 4],
      [9, 0.01, 0],
    ] as const) {
      const { xs, ys } = walk(400, seed, step);
      const prefixes = full(xs, ys, gap);
      const left = direct(xs, ys, xs.length, gap).length;
      expect(left).toBeGreaterThanOrEqual(3); // the paths leave and come back
      for (let k = 0; k <= xs.length + 2; k++) expect(prefixes.upTo(k)).toEqual(direct(xs, ys, k, gap));
    }
  });

  it('a path that starts outside has nothing to show until it crosses in; an empty path nothing at all', () => {
    const xs = Float64Array.from([3, 3, -3, 0, 0.5]);
    const ys = Float64Array.from([3, 2, -0.5, 0, 0.5]);
    const prefixes = full(xs, ys, 1);
    expect(prefixes.upTo(0)).toEqual([]);
    expect(prefixes.upTo(1)).toEqual([]);
    for (let k = 0; k < 6; k++) expect(prefixes.upTo(k)).toEqual(direct(xs, ys, k, 1));
    expect(prefixes.upTo(2)).toHaveLength(1); // segment 1 → 2 crosses the window
    expect(full(new Float64Array(0), new Float64Array(0), 1).upTo(10)).toEqual([]);
  });
});
