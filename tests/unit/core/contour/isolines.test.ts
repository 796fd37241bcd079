// contourLines traces its lines directly (isolines.ts). They must be what it drew before
// through d3-contour's rings: the rings of contourPolygons at each level, cut where a piece runs
// along the frame. Same number of lines and the same segments to the last bit on random finite
// grids with no value at a level, on small and odd windows, and on the catalogue's surfaces
// (only the order of the lines and where a closed one starts may differ); with values at a
// level or not finite, every line of the rings and possibly more (see that test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contourLines } from '~/core/contour/contour-lines';
import { contourPolygons } from '~/core/contour/contour-polygons';
import { contourValues } from '~/core/contour/contour-values';
import { CoreError } from '~/core/errors';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import { SURFACE_CATALOGUE } from '~/core/surfaces/catalogue';

/** contourLines as it was: each level's rings cut at their pieces along the frame, as polylines. */
function ringLines(grid: Grid, thresholds: readonly number[]): { value: number; points: number[][] }[] {
  const { x0, x1, y0, y1 } = grid;
  const onEdge = (a: readonly number[], b: readonly number[]): boolean =>
    (a[0] === x0 && b[0] === x0) ||
    (a[0] === x1 && b[0] === x1) ||
    (a[1] === y0 && b[1] === y0) ||
    (a[1] === y1 && b[1] === y1);
  const out: { value: number; points: number[][] }[] = [];
  const emit = (piece: number[][], value: number): void => {
    if (piece.length >= 2) out.push({ value, points: piece });
  };
  for (const { value, geometry } of contourPolygons(grid, thresholds)) {
    for (const ring of geometry.coordinates.flat()) {
      const n = ring.length - 1;
      let start = 0;
      for (let k = 0; k < n; k++) {
        if (onEdge(ring[k]!, ring[k + 1]!)) {
          start = k + 1;
          break;
        }
      }
      let piece: number[][] = [ring[start % n]!];
      for (let s = 0; s < n; s++) {
        const a = ring[(start + s) % n]!;
        const b = ring[(start + s + 1) % n]!;
        if (onEdge(a, b)) {
          emit(piece, value);
          piece = [b];
        } else piece.push(b);
      }
      emit(piece, value);
    }
  }
  return out;
}

/** The lines' segments as sorted text (each segment's two ends in a fixed order), with their level. */
function segments(lines: { value: number; points: number[][] }[]): string[] {
  const out: string[] = [];
  for (const { value, points } of lines) {
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1]!.join(','), points[k]!.join(',')].sort();
      out.push(`${value}|${a}|${b}`);
    }
  }
  return out.sort();
}

/** A segment from a point to itself (drawn as nothing). */
const isPoint = (segment: string): boolean => {
  const [, a, b] = segment.split('|');
  return a === b;
};

/** contourLines' columns as polylines. */
function polylines(grid: Grid, thresholds: readonly number[]): { value: number; points: number[][] }[] {
  const c = contourLines(grid, thresholds);
  const out: { value: number; points: number[][] }[] = [];
  for (let k = 0; k < c.x.length; k++) {
    const id = c.line[k]!;
    (out[id] ??= { value: c.value[k]!, points: [] }).points.push([c.x[k]!, c.y[k]!]);
  }
  expect(out).toHaveLength(c.count);
  return out;
}

function expectSameLines(grid: Grid, thresholds: readonly number[], label = ''): void {
  const ours = polylines(grid, thresholds);
  const rings = ringLines(grid, thresholds);
  expect(ours.length, label).toBe(rings.length);
  expect(segments(ours), label).toEqual(segments(rings));
  // A line is closed exactly where its ring was not cut.
  const closed = (ls: { points: number[][] }[]) =>
    ls.filter((l) => l.points[0]!.join() === l.points[l.points.length - 1]!.join()).length;
  expect(closed(ours), label).toBe(closed(rings));
}

/** A grid over `window` holding `values` as they are (NaN and ±Infinity included). */
function gridOf(values: Float64Array, nx: number, ny: number, x: [number, number], y: [number, number]): Grid {
  const grid = evaluateGrid(() => 0, { x, y: y[0] === y[1] ? [y[0], y[0] + 1] : y, nx, ny: Math.max(ny, 2) });
  return { ...grid, ny, y1: y[1], values, nonFinite: values.filter((v) => !Number.isFinite(v)).length };
}

describe('contourLines, traced directly', () => {
  it('gives the lines of the rings on random grids of finite values, none at a level', () => {
    // Values on a 1/64 grid and levels between them.
    const cell = fc.oneof(
      { weight: 2, arbitrary: fc.integer({ min: -5, max: 5 }) },
      { weight: 1, arbitrary: fc.integer({ min: -320, max: 320 }).map((k) => k / 64) },
    );
    const level = fc.integer({ min: -400, max: 400 }).map((k) => k / 64 + 1 / 128);
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 2, max: 12 }),
        fc.array(cell, { minLength: 144, maxLength: 144 }),
        fc.array(level, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<[[number, number], [number, number]]>(
          [
            [0, 1],
            [0, 1],
          ],
          [
            [-2, 2],
            [-1, 3],
          ],
          [
            [-0.3, 0.7],
            [1e-3, 2.5],
          ],
        ),
        (nx, ny, cells, thresholds, [x, y]) => {
          const values = Float64Array.from(cells.slice(0, nx * ny));
          expectSameLines(gridOf(values, nx, ny, x, y), thresholds);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('keeps every line of the rings where values are at a level or not finite (NaN, ±Infinity)', () => {
    // There d3-contour drops rings of no area (a line back and forth between two nodes at the
    // level) and holes it finds in no polygon (touching the frame); the lines here keep them.
    const cell = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -3, max: 3 }) },
      { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 }),
        fc.integer({ min: 2, max: 10 }),
        fc.array(cell, { minLength: 100, maxLength: 100 }),
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: 3 }),
        (nx, ny, cells, thresholds) => {
          const grid = gridOf(Float64Array.from(cells.slice(0, nx * ny)), nx, ny, [0, 1], [0, 1]);
          const ours = new Map<string, number>();
          for (const s of segments(polylines(grid, thresholds))) ours.set(s, (ours.get(s) ?? 0) + 1);
          for (const s of segments(ringLines(grid, thresholds))) {
            if (isPoint(s)) continue;
            expect(ours.get(s) ?? 0).toBeGreaterThan(0);
            ours.set(s, ours.get(s)! - 1);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives the lines of the rings on every catalogue surface at 80 × 80, 12 levels', () => {
    for (const surface of SURFACE_CATALOGUE) {
      const grid = evaluateGrid(surface.f, { x: surface.domain.x, y: surface.domain.y, nx: 80, ny: 80 });
      const sorted = Float64Array.from(grid.values).sort();
      const levels = Array.from({ length: 12 }, (_, k) => sorted[Math.floor(((k + 1) * 6400) / 13)]!);
      const c = contourLines(grid, levels);
      expect(c.count, surface.id).toBeGreaterThan(0);
      expectSameLines(grid, levels, surface.id);
    }
  });

  it('draws a level through grid nodes along them, and nothing for a lone node at the level', () => {
    // f = x on integer nodes: level 2 runs through the nodes of column 2, a straight line.
    const through = evaluateGrid((x) => x, { x: [0, 4], y: [10, 13], nx: 5, ny: 4 });
    expectSameLines(through, [2]);
    const line = polylines(through, [2]);
    expect(line).toHaveLength(1);
    expect(line[0]!.points.every(([x]) => x === 2)).toBe(true);
    // One node at the level, its neighbours below: d3-contour's ring has no area; no line here.
    const lone = gridOf(Float64Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0]), 3, 3, [0, 1], [0, 1]);
    expect(contourLines(lone, [1]).count).toBe(0);
    expect(ringLines(lone, [1])).toHaveLength(0);
  });

  it('draws nothing on a grid with one row or one column, and throws on bad input as contourPolygons does', () => {
    const row = gridOf(Float64Array.from([0, 1, 2, 3, 4]), 5, 1, [0, 1], [0, 0]);
    expect(contourLines(row, [0.5]).count).toBe(0);
    const grid = evaluateGrid((x) => x, { x: [0, 1], y: [0, 1], nx: 3, ny: 3 });
    expect(() => contourLines(grid, [NaN])).toThrow(CoreError);
    expect(() => contourLines({ ...grid, values: new Float64Array(4) }, [0.5])).toThrow(CoreError);
  });

  it('reads NaN as +∞ (high ground), as contourPolygons does, and a finite grid as it is', () => {
    const finite = gridOf(Float64Array.from([0, 1, 2, 3]), 2, 2, [0, 1], [0, 1]);
    expect(contourValues(finite)).toBe(finite.values);
    const holed = gridOf(Float64Array.from([0, NaN, -Infinity, 3]), 2, 2, [0, 1], [0, 1]);
    expect(Array.from(contourValues(holed))).toEqual([0, Infinity, -Infinity, 3]);
  });
});
