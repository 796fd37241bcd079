/**
 * What the panels draw, from a task's sampled grids (pure): core Grids and contour bands, the
 * share of the landscape below a loss level. Computed in the worker with the views, so the page
 * only hands finished polygons to Plot.
 */
import { contourLines, type ContourLines } from '~/core/contour/contour-lines';
import { contourPolygons, type ContourPolygon } from '~/core/contour/contour-polygons';
import { linearThresholds, logThresholds } from '~/core/contour/thresholds';
import { gridFromValues, type Grid } from '~/core/grid/grid';
import type { SampledGrid } from './training-task';

/** The loss level whose share of the landscape the summary reports. */
export const LOW_LOSS = 0.1;

export function asGrid(g: SampledGrid): Grid {
  return gridFromValues({ x: g.x, y: g.y, nx: g.nx, ny: g.ny }, g.values);
}

export interface DecisionDrawing {
  readonly grid: Grid;
  readonly bands: ContourPolygon[];
  readonly boundary: ContourLines;
}

const PROBABILITY_LEVELS = linearThresholds(0, 1, 9);
const NO_LINES: ContourLines = {
  x: new Float64Array(0),
  y: new Float64Array(0),
  line: new Int32Array(0),
  value: new Float64Array(0),
  count: 0,
};

export function decisionDrawing(decision: SampledGrid): DecisionDrawing {
  const grid = asGrid(decision);
  const inside = PROBABILITY_LEVELS.filter((v) => v > grid.min && v < grid.max);
  return {
    grid,
    bands: contourPolygons(grid, [grid.min, ...inside]),
    boundary: grid.min < 0.5 && grid.max > 0.5 ? contourLines(grid, [0.5]) : NO_LINES,
  };
}

export interface LandscapeDrawing {
  readonly grid: Grid;
  readonly bands: ContourPolygon[];
  readonly colorDomain: readonly [number, number];
  /** Share of grid cells with loss below LOW_LOSS. */
  readonly lowShare: number;
}

export function landscapeDrawing(l: {
  readonly problem?: string;
  readonly grid: SampledGrid;
}): LandscapeDrawing | null {
  if (l.problem !== undefined) return null;
  const grid = asGrid(l.grid);
  if (!(grid.max > grid.min)) return null;
  const levels = logThresholds(grid.min, grid.max, 14, 4);
  let low = 0;
  for (const v of grid.values) if (v < LOW_LOSS) low++;
  return {
    grid,
    bands: contourPolygons(grid, [grid.min, ...levels]),
    colorDomain: [grid.min, levels[levels.length - 1] ?? grid.max],
    lowShare: low / grid.values.length,
  };
}
