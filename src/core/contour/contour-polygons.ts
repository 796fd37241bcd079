import { assertFiniteArray, CoreError } from '../errors';
import type { Grid } from '../grid/grid';
import { contourValues } from './contour-values';
import { isobands } from './marching-squares';
import { runToEnd, type InSteps } from '../steps/in-steps';

/** A GeoJSON MultiPolygon in DATA coordinates: polygons → rings → [x, y] points. */
export interface MultiPolygon {
  readonly type: 'MultiPolygon';
  readonly coordinates: number[][][][];
}

/** The region where the surface is ≥ value, ready for Plot.geo. */
export interface ContourPolygon {
  readonly value: number;
  readonly geometry: MultiPolygon;
}

/**
 * Filled contours of a grid: for each threshold t, the region where f ≥ t, as a
 * MultiPolygon in data coordinates (x, y), computed with marching squares and linear
 * interpolation (`isobands`, d3-contour's algorithm).
 *
 * Index spaces: d3-contour puts sample i at pixel coordinate i + 0.5 and closes rings along
 * the frame [0, nx] × [0, ny]. We map px → i = px − 0.5, clamped to [0, nx − 1], then
 * x = x0 + i·(x1 − x0)/(nx − 1): a level that passes exactly through node (i, j) lands at
 * (x_i, y_j), and the outline of the domain is exactly [x0, x1] × [y0, y1].
 *
 * Drawing with Plot: the coordinates are data, not pixels, and y grows upwards, so either
 *   Plot.geo(polys, { geometry: 'geometry', fill: 'value', projection: dataProjection(grid) })
 * (dataProjection below: x and y stretched independently to fill the frame, like linear
 * x and y scales), or, keeping the aspect ratio,
 *   Plot.plot({ projection: { type: 'reflect-y', domain: gridOutline(grid) }, marks: [Plot.geo(polys, …)] }).
 * Either way Plot has no x/y scales, so draw axes separately (or use contourLines with
 * Plot.line, which does use x/y scales).
 */
export function contourPolygons(
  grid: Grid,
  thresholds: readonly number[],
  options: { smooth?: boolean } = {},
): ContourPolygon[] {
  return runToEnd(contourPolygonsInSteps(grid, thresholds, options));
}

/** contourPolygons in steps (see InSteps): one level per piece. */
export function* contourPolygonsInSteps(
  grid: Grid,
  thresholds: readonly number[],
  options: { smooth?: boolean } = {},
): InSteps<ContourPolygon[]> {
  assertFiniteArray(thresholds, 'thresholds');
  const { nx, ny, x0, x1, y0, y1 } = grid;
  if (grid.values.length !== nx * ny) throw new CoreError('mismatch', 'the grid holds the wrong number of values');
  const smooth = options.smooth ?? true;
  const values = contourValues(grid);
  const sx = (x1 - x0) / (nx - 1);
  const sy = (y1 - y0) / (ny - 1);
  const toX = (px: number): number => x0 + Math.min(Math.max(px - 0.5, 0), nx - 1) * sx;
  const toY = (py: number): number => y0 + Math.min(Math.max(py - 0.5, 0), ny - 1) * sy;
  const toData = ([px, py]: readonly number[]): number[] => [toX(px!), toY(py!)];
  const levels: ContourPolygon[] = [];
  for (const value of thresholds) {
    if (levels.length > 0) yield;
    const coordinates = isobands(values, nx, ny, value, smooth).map((polygon) =>
      polygon.map((ring) => alongFrameThinned(ring.map(toData), grid)),
    );
    levels.push({ value, geometry: { type: 'MultiPolygon', coordinates } });
  }
  return levels;
}

/**
 * A closed ring without the frame points that change nothing: a frame point equal to the one
 * before it (the clamp above maps d3-contour's 0 and 0.5 to the same coordinate), and a point
 * in a straight run along the frame (its neighbours on the same side of the frame as itself).
 * d3-contour walks the frame cell by cell, so on the catalogue's surfaces these are over half
 * of all points. The region, and every point off the frame, stay exactly as they were (a
 * repeated point inside is kept: contourLines draws it too).
 */
function alongFrameThinned(ring: number[][], frame: Pick<Grid, 'x0' | 'x1' | 'y0' | 'y1'>): number[][] {
  const { x0, x1, y0, y1 } = frame;
  const onFrame = (p: number[]): boolean => p[0] === x0 || p[0] === x1 || p[1] === y0 || p[1] === y1;
  const same = (p: number[], q: number[]): boolean => p[0] === q[0] && p[1] === q[1];
  // The ring without its closing point (a copy of the first), and without repeated frame points.
  const open: number[][] = [];
  for (const p of ring.slice(0, -1)) {
    const q = open[open.length - 1];
    if (q === undefined || !same(p, q) || !onFrame(p)) open.push(p);
  }
  while (open.length > 1 && same(open[0]!, open.at(-1)!) && onFrame(open[0]!)) open.pop();
  const n = open.length;
  if (n < 3) return ring;
  const sameSide = (a: number[], b: number[], c: number[]): boolean =>
    ((b[0] === x0 || b[0] === x1) && a[0] === b[0] && c[0] === b[0]) ||
    ((b[1] === y0 || b[1] === y1) && a[1] === b[1] && c[1] === b[1]);
  const kept = open.filter((b, i) => !sameSide(open[(i + n - 1) % n]!, b, open[(i + 1) % n]!));
  // A ring of one side's points only (no area) is left as it was.
  if (kept.length < 3) return ring;
  kept.push(kept[0]!);
  return kept;
}

/** The grid's domain as a GeoJSON polygon: the `domain` of a fitted Plot projection. */
export function gridOutline(grid: Pick<Grid, 'x0' | 'x1' | 'y0' | 'y1'>): {
  type: 'Polygon';
  coordinates: number[][][];
} {
  const { x0, x1, y0, y1 } = grid;
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  };
}
