import type { Grid } from '../grid/grid';
import { contourPolygonsInSteps } from './contour-polygons';
import { runToEnd, type InSteps } from '../steps/in-steps';

/**
 * Contour lines as flat columns for Plot.line, which (unlike Plot.geo) uses ordinary x and y
 * scales, so axes, dots and paths on the same plot line up:
 *
 *   Plot.line({ length: lines.x.length }, { x: lines.x, y: lines.y, z: lines.line, stroke: lines.value })
 *
 * Point k belongs to polyline line[k] at level value[k]. Pieces of a ring that run along the
 * edge of the grid (where d3-contour closes a region at the frame) are left out, so a level
 * that leaves the window is an open line rather than a loop around the border.
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
  const levels = yield* contourPolygonsInSteps(grid, thresholds);
  const { x0, x1, y0, y1 } = grid;
  const onEdge = (a: readonly number[], b: readonly number[]): boolean =>
    (a[0] === x0 && b[0] === x0) ||
    (a[0] === x1 && b[0] === x1) ||
    (a[1] === y0 && b[1] === y0) ||
    (a[1] === y1 && b[1] === y1);
  const xs: number[] = [];
  const ys: number[] = [];
  const ids: number[] = [];
  const vals: number[] = [];
  let count = 0;
  const emit = (piece: number[][], value: number): void => {
    if (piece.length < 2) return;
    for (const [x, y] of piece) {
      xs.push(x!);
      ys.push(y!);
      ids.push(count);
      vals.push(value);
    }
    count++;
  };
  for (const { value, geometry } of levels) {
    for (const polygon of geometry.coordinates) {
      for (const ring of polygon) {
        // Cut the closed ring at edge segments; start at an edge segment if there is one so a
        // line is not split in two at the ring's seam.
        const n = ring.length - 1; // last point repeats the first
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
          } else {
            piece.push(b);
          }
        }
        emit(piece, value);
      }
    }
  }
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    line: Int32Array.from(ids),
    value: Float64Array.from(vals),
    count,
  };
}
