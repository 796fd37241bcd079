import { describe, expect, it } from 'vitest';
import { clipPolygonZ, safeZ } from '~/core/project/clip';
import type { Vec3 } from '~/core/project/vec3';

const square = (z: [number, number, number, number]): Vec3[] => [
  [0, 0, z[0]],
  [1, 0, z[1]],
  [1, 1, z[2]],
  [0, 1, z[3]],
];

describe('clipPolygonZ', () => {
  it('keeps a polygon inside the slab unchanged', () => {
    expect(clipPolygonZ(square([1, 2, 3, 4]), [0, 10])).toEqual(square([1, 2, 3, 4]));
  });
  it('drops a polygon wholly above or below', () => {
    expect(clipPolygonZ(square([11, 12, 13, 14]), [0, 10])).toEqual([]);
    expect(clipPolygonZ(square([-1, -2, -3, -4]), [0, 10])).toEqual([]);
  });
  it('cuts a ramp exactly where it crosses the top', () => {
    // z = 20x: the top plane z = 10 is crossed at x = 0.5.
    const out = clipPolygonZ(square([0, 20, 20, 0]), [0, 10]);
    const xs = out.map((p) => p[0]);
    expect(Math.max(...xs)).toBeCloseTo(0.5, 14);
    expect(out.every((p) => p[2] <= 10)).toBe(true);
    expect(out).toHaveLength(4);
  });
  it('gives a pentagon when one corner pokes out', () => {
    expect(clipPolygonZ(square([0, 0, 20, 0]), [0, 10])).toHaveLength(5);
  });
  it('treats NaN and Infinity as far above, and never outputs non-finite numbers', () => {
    expect(safeZ(Number.NaN)).toBe(Infinity);
    for (const bad of [Number.NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_VALUE]) {
      const out = clipPolygonZ(square([bad, 5, 5, -bad]), [0, 10]);
      for (const p of out) for (const c of p) expect(Number.isFinite(c)).toBe(true);
    }
  });
  it('interpolates huge but finite corners without overflow', () => {
    // From z = 0 at x = 0 to z = 1e308 at x = 1, the plane z = 10 is crossed at x = 1e-307.
    const out = clipPolygonZ(square([0, 1e308, 1e308, 0]), [0, 10]);
    expect(out).toHaveLength(4);
    expect(Math.max(...out.map((p) => p[0]))).toBeLessThan(1e-300);
  });
});
