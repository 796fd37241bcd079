/**
 * The contour lines of a catalogue surface over its window, on a 101 × 101 grid at `levels`
 * log-spaced levels over five decades above the minimum (the maps of the optimizer race and of
 * multi-start), cached per surface and level count. `surfaceContourLines.inSteps(surface, levels)`
 * computes the same a level per piece, for prepareModel.
 */
import { contourLinesInSteps, type ContourLines } from '~/core/contour/contour-lines';
import { logThresholds } from '~/core/contour/thresholds';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import type { InSteps } from '~/core/steps/in-steps';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import { cachedInSteps } from './cachedInSteps';

const GRID = 101;

function* linesInSteps(surface: CatalogueSurface, levels: number): InSteps<ContourLines> {
  const w = surface.window;
  const grid = evaluateGrid((x, y) => surface.f(x, y), { x: w.x, y: w.y, nx: GRID, ny: GRID });
  yield;
  return yield* contourLinesInSteps(grid, logThresholds(grid.min, grid.max, levels, 5));
}

export const surfaceContourLines = cachedInSteps(
  (surface: CatalogueSurface, levels: number) => `${surface.id}|${levels}`,
  linesInSteps,
  { size: 8 },
);
