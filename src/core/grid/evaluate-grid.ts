import { gridFromValues, linspace, assertGridSpec, type Grid, type GridSpec } from './grid';

/**
 * Samples f(x, y) on the grid `spec`: values[j * nx + i] = f(x_i, y_j) (see Grid).
 * Throws CoreError for an empty or non-finite domain; non-finite values of f are kept.
 */
export function evaluateGrid(f: (x: number, y: number) => number, spec: GridSpec): Grid {
  assertGridSpec(spec);
  const { nx, ny } = spec;
  const xs = linspace(spec.x[0], spec.x[1], nx);
  const ys = linspace(spec.y[0], spec.y[1], ny);
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = ys[j]!;
    const row = j * nx;
    for (let i = 0; i < nx; i++) values[row + i] = f(xs[i]!, y);
  }
  return gridFromValues(spec, values);
}
