// isobands is d3-contour's contour(values, value) to the last bit: random grids (with NaN,
// ±Infinity, ties at the threshold), the catalogue's surfaces, smooth on and off.
import { contours } from 'd3-contour';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isobands } from '~/core/contour/marching-squares';
import { SURFACE_CATALOGUE } from '~/core/surfaces/catalogue';

/** d3-contour's polygons for the same input. */
function d3Bands(values: ArrayLike<number>, nx: number, ny: number, value: number, smooth: boolean): number[][][][] {
  return contours()
    .size([nx, ny])
    .smooth(smooth)
    .contour(values as unknown as number[], value).coordinates;
}

/** Exact equality, NaN and −0 included. */
const same = (a: unknown, b: unknown): boolean => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

describe('isobands', () => {
  it("gives d3-contour's polygons on random grids, invalid values and ties included", () => {
    const cell = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -5, max: 5 }) },
      { weight: 4, arbitrary: fc.double({ min: -5, max: 5, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(cell, { minLength: 144, maxLength: 144 }),
        fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -6, max: 6, noNaN: true })),
        fc.boolean(),
        (nx, ny, cells, value, smooth) => {
          const values = Float64Array.from(cells.slice(0, nx * ny));
          const ours = isobands(values, nx, ny, value, smooth);
          expect(same(ours, d3Bands(values, nx, ny, value, smooth))).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("gives d3-contour's polygons on every catalogue surface at 80 × 80, 12 levels", () => {
    for (const surface of SURFACE_CATALOGUE) {
      const n = 80;
      const { x, y } = surface.domain;
      const values = new Float64Array(n * n);
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          values[j * n + i] = surface.f(x[0] + ((x[1] - x[0]) * i) / (n - 1), y[0] + ((y[1] - y[0]) * j) / (n - 1));
        }
      }
      const sorted = Float64Array.from(values).sort();
      for (let k = 1; k <= 12; k++) {
        const value = sorted[Math.floor((k * n * n) / 13)]!;
        const ours = isobands(values, n, n, value);
        expect(ours.length, `${surface.id} level ${k}`).toBeGreaterThan(0);
        expect(same(ours, d3Bands(values, n, n, value, true)), `${surface.id} level ${k}`).toBe(true);
      }
    }
  });

  it('throws on a threshold that is not a number, as d3-contour does', () => {
    expect(() => isobands([1, 2, 3, 4], 2, 2, NaN)).toThrow(/invalid value/);
  });
});
