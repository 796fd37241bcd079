import { assertFiniteArray, CoreError } from '../errors';
import type { Grid } from '../grid/grid';
import { contourValues } from './contour-values';
import { isolines, isolineSpace } from './isolines';
import { runToEnd, type InSteps } from '../steps/in-steps';

/**
 * Contour lines as flat columns for Plot.line, which (unlike Plot.geo) uses ordinary x and y
 * scales, so axes, dots and paths on the same plot line up:
 *
 *   Plot.line({ length: lines.x.length }, { x: lines.x, y: lines.y, z: lines.line, stroke: lines.value })
 *
 * Point k belongs to polyline line[k] at level value[k]. A level that leaves the window is an
 * open line, not a loop around the border: the rings of contourPolygons at that level without
 * their pieces along the frame, traced directly (isolines.ts).
 */
export interface ContourLines {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly line: Int32Array;
  readonly value: Float64Array;
  /** How many polylines there are (line ids are 0 … count − 1). */
  readonly count: number;
}

export function contourLines(grid: Grid, thresholds: readonly number[]): ContourLines {
  return runToEnd(contourLinesInSteps(grid, thresholds));
}

/** contourLines in steps (see InSteps): one level per piece. */
export function* contourLinesInSteps(grid: Grid, thresholds: readonly number[]): InSteps<ContourLines> {
  assertFiniteArray(thresholds, 'thresholds');
  const { nx, ny } = grid;
  if (grid.values.length !== nx * ny) throw new CoreError('mismatch', 'the grid holds the wrong number of values');
  const read = { ...grid, values: contourValues(grid) };
  const space = isolineSpace(nx, ny);
  const xs: number[] = [];
  const ys: number[] = [];
  const ids: number[] = [];
  const vals: number[] = [];
  let count = 0;
  for (const [k, value] of thresholds.entries()) {
    if (k > 0) yield;
    isolines(read, value, space, (lx, ly) => {
      for (let p = 0; p < lx.length; p++) {
        xs.push(lx[p]!);
        ys.push(ly[p]!);
        ids.push(count);
        vals.push(value);
      }
      count++;
    });
  }
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    line: Int32Array.from(ids),
    value: Float64Array.from(vals),
    count,
  };
}
