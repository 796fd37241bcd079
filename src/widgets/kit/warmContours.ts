/**
 * Prepare steps (prepareModel) for a widget that draws contours: the core's contour code run
 * once on a small grid and thrown away. Code that runs for the first time on a page is slow
 * (interpreted, then compiled as it gets hot): a 121 × 121 map with 15 levels takes about ten
 * times as long cold as warm. Warming on a 41 × 41 grid first splits that cost into two tasks,
 * each about half as long as the cold one; in steps: the grid a few rows a piece, then a level a
 * piece. Lines (contourLines: isolines traced directly) and filled bands (contourPolygons:
 * d3-contour's marching squares and rings, `warmContourBands.ts`) are different code: a widget
 * warms up what it draws, and a page of line widgets does not load the bands' code.
 */
import { contourLinesInSteps } from '~/core/contour/contour-lines';
import type { InSteps } from '~/core/steps/in-steps';
import { evaluateGridInSteps } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';

/** Levels of the small surface below, spread over its range. */
export const LEVELS = [0.5, 1, 2, 3, 4, 6, 8, 10];

/**
 * A bowl with ripples (closed rings, rings cut by the frame, and saddles between them) on a
 * 41 × 41 grid, ten rows a piece: it is the first thing a page's contour code computes, still
 * cold (about 25 ms at 4× CPU in one piece).
 */
export const rippledBowlInSteps = (): InSteps<Grid> =>
  evaluateGridInSteps(
    (x, y) => x * x + 2 * y * y + Math.sin(3 * x) * Math.cos(2 * y),
    { x: [-2, 2], y: [-2, 2], nx: 41, ny: 41 },
    10,
  );

/** Warms up contour lines (contourLines): the grid, then a level per piece. */
export function* warmContours(): InSteps<unknown> {
  return yield* contourLinesInSteps(yield* rippledBowlInSteps(), LEVELS);
}
