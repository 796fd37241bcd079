// The catalogue surfaces' contour maps, at once or in steps: the same lines, computed once.
import { describe, expect, it } from 'vitest';
import { contourLines } from '~/core/contour/contour-lines';
import { logThresholds } from '~/core/contour/thresholds';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { runToEnd } from '~/core/steps/in-steps';
import { himmelblau, rosenbrock } from '~/core/surfaces';
import { surfaceContourLines } from '~/widgets/kit/surfaceContourLines';

describe('surfaceContourLines', () => {
  it('gives the lines of a 101 × 101 grid over the window at log-spaced levels', () => {
    const w = himmelblau.window;
    const grid = evaluateGrid((x, y) => himmelblau.f(x, y), { x: w.x, y: w.y, nx: 101, ny: 101 });
    expect(surfaceContourLines(himmelblau, 12)).toEqual(contourLines(grid, logThresholds(grid.min, grid.max, 12, 5)));
  });

  it('in steps: pauses between levels, fills the cache the plain form reads', () => {
    const steps = surfaceContourLines.inSteps(rosenbrock, 9);
    let pauses = 0;
    let piece = steps.next();
    for (; piece.done !== true; piece = steps.next()) pauses++;
    expect(pauses).toBe(9); // after the grid, then between the 9 levels
    expect(surfaceContourLines(rosenbrock, 9)).toBe(piece.value);
    expect(runToEnd(surfaceContourLines.inSteps(rosenbrock, 9))).toBe(piece.value);
    expect(surfaceContourLines(rosenbrock, 8)).not.toBe(piece.value);
  });
});
