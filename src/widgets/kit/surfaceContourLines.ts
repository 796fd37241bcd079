/**
 * The contour lines of a catalogue surface over its window, on a 101 × 101 grid at `levels`
 * log-spaced levels over five decades above the minimum (the maps of the optimizer race and of
 * multi-start), cached per surface and level count. `surfaceContourLinesInSteps` computes the
 * same in steps (a level per piece), for prepareModel.
 */
import { contourLinesInSteps, type ContourLines } from '~/core/contour/contour-lines';
import { logThresholds } from '~/core/contour/thresholds';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import { lruCache } from './lruCache';

const GRID = 101;
const cache = lruCache<ContourLines>({ size: 8 });

export function surfaceContourLines(surface: CatalogueSurface, levels: number): ContourLines {
  return cache(`${surface.id}|${levels}`, () => runToEnd(linesInSteps(surface, levels)));
}

export function surfaceContourLinesInSteps(surface: CatalogueSurface, levels: number): InSteps<ContourLines> {
  return cache.inSteps(`${surface.id}|${levels}`, () => linesInSteps(surface, levels));
}

function* linesInSteps(surface: CatalogueSurface, levels: number): InSteps<ContourLines> {
  const w = surface.window;
  const grid = evaluateGrid((x, y) => surface.f(x, y), { x: w.x, y: w.y, nx: GRID, ny: GRID });
  yield;
  return yield* contourLinesInSteps(grid, logThresholds(grid.min, grid.max, levels, 5));
}
