import { CoreError } from '../errors';
import { runToEnd, type InSteps } from '../steps/in-steps';
import { gridFromValues, linspace, assertGridSpec, type Grid, type GridSpec } from './grid';

/**
 * Samples f(x, y) on the grid `spec`: values[j * nx + i] = f(x_i, y_j) (see Grid).
 * Throws CoreError for an empty or non-finite domain; non-finite values of f are kept.
 */
export function evaluateGrid(f: (x: number, y: number) => number, spec: GridSpec): Grid {
  return runToEnd(evaluateGridInSteps(f, spec, Infinity));
}

/**
 * evaluateGrid in steps: yields after every `rowsPerPiece` rows of the grid (for an f that
 * is costly, e.g. a loss summed over a data set) and returns the same Grid. The spec is
 * checked at the first `next()`, like any InSteps; `rowsPerPiece` must be at least 1
 * (Infinity: one piece).
 */
export function* evaluateGridInSteps(
  f: (x: number, y: number) => number,
  spec: GridSpec,
  rowsPerPiece: number,
): InSteps<Grid> {
  assertGridSpec(spec);
  if (!(rowsPerPiece >= 1)) {
    throw new CoreError('invalid', `rowsPerPiece must be at least 1, got ${String(rowsPerPiece)}`);
  }
  const { nx, ny } = spec;
  const xs = linspace(spec.x[0], spec.x[1], nx);
  const ys = linspace(spec.y[0], spec.y[1], ny);
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    if (j > 0 && j % rowsPerPiece === 0) yield;
    const y = ys[j]!;
    const row = j * nx;
    for (let i = 0; i < nx; i++) values[row + i] = f(xs[i]!, y);
  }
  return gridFromValues(spec, values);
}
