import type { Grid } from '../grid/grid';

/**
 * The value grid as d3-contour reads it: NaN and +Infinity become +Infinity (a loss that
 * overflowed is "very high"), so a blown-up corner shows as high ground instead of a hole.
 */
export function contourValues(grid: Grid): Float64Array {
  if (grid.nonFinite === 0) return grid.values;
  return grid.values.map((v) => (Number.isNaN(v) ? Infinity : v));
}
