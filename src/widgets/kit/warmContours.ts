/**
 * A prepare step (prepareModel) for a widget that draws contours: the core's contour code run
 * once on a small grid and thrown away. Code that runs for the first time on a page is slow
 * (interpreted, then compiled as it gets hot): a 121 × 121 map with 15 levels takes about ten
 * times as long cold as warm. Warming on a 41 × 41 grid first splits that cost into two tasks,
 * each about half as long as the cold one; in steps, a level per piece.
 */
import { contourLinesInSteps } from '~/core/contour/contour-lines';
import type { InSteps } from '~/core/steps/in-steps';
import { evaluateGrid } from '~/core/grid/evaluate-grid';

/** Levels of the small surface below, spread over its range. */
const LEVELS = [0.5, 1, 2, 3, 4, 6, 8, 10];

export function warmContours(): InSteps<unknown> {
  // A bowl with ripples: closed rings, rings cut by the frame, and saddles between them.
  const grid = evaluateGrid((x, y) => x * x + 2 * y * y + Math.sin(3 * x) * Math.cos(2 * y), {
    x: [-2, 2],
    y: [-2, 2],
    nx: 41,
    ny: 41,
  });
  // contourLines runs contourPolygons (marching squares, ring stitching) and then splits rings
  // into lines: both get warm. In steps: even warm-up's first level is slow.
  return contourLinesInSteps(grid, LEVELS);
}
