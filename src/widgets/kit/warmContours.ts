/**
 * Prepare steps (prepareModel) for a widget that draws contours: the core's contour code run
 * once on a small grid and thrown away. Code that runs for the first time on a page is slow
 * (interpreted, then compiled as it gets hot): a 121 × 121 map with 15 levels takes about ten
 * times as long cold as warm. Warming on a 41 × 41 grid first splits that cost into two tasks,
 * each about half as long as the cold one; in steps, a level per piece. Lines (contourLines:
 * isolines traced directly) and filled bands (contourPolygons: d3-contour's marching squares and
 * rings, `warmContourBands.ts`) are different code: a widget warms up what it draws, and a page
 * of line widgets does not load the bands' code.
 */
import { contourLinesInSteps } from '~/core/contour/contour-lines';
import type { InSteps } from '~/core/steps/in-steps';
import { evaluateGrid } from '~/core/grid/evaluate-grid';

/** Levels of the small surface below, spread over its range. */
export const LEVELS = [0.5, 1, 2, 3, 4, 6, 8, 10];

/** A bowl with ripples: closed rings, rings cut by the frame, and saddles between them. */
export const rippledBowl = () =>
  evaluateGrid((x, y) => x * x + 2 * y * y + Math.sin(3 * x) * Math.cos(2 * y), {
    x: [-2, 2],
    y: [-2, 2],
    nx: 41,
    ny: 41,
  });

/** Warms up contour lines (contourLines). */
export function warmContours(): InSteps<unknown> {
  return contourLinesInSteps(rippledBowl(), LEVELS);
}
