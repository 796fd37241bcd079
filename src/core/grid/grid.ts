import { assertFinite, CoreError } from '../errors';

/**
 * Where and how finely to sample a function of two variables: nx values of x evenly spaced
 * over [x0, x1] (ends included, like numpy.linspace), ny values of y over [y0, y1].
 */
export interface GridSpec {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly nx: number;
  readonly ny: number;
}

/** The position and value of a grid node. */
export interface GridNode {
  readonly i: number;
  readonly j: number;
  readonly x: number;
  readonly y: number;
  readonly value: number;
}

/**
 * Values of f on a regular grid. ONE orientation everywhere in the core:
 *
 *   values[j * nx + i] = f(x_i, y_j),  x_i = x0 + i·(x1 − x0)/(nx − 1),  y_j = y0 + j·(y1 − y0)/(ny − 1)
 *
 * so a row j holds one y (one w in a (b, w) grid) and i runs along x. This is numpy's
 * `Z[j, i]` after `X, Y = np.meshgrid(xs, ys)` (the default 'xy' indexing), flattened
 * row-major, and the layout d3-contour expects. Non-finite values are kept as they are (so a
 * caller can clamp them for display); min, max and argmin only look at finite values.
 */
export interface Grid {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly nx: number;
  readonly ny: number;
  readonly values: Float64Array;
  /** Smallest finite value, or NaN when there is none. */
  readonly min: number;
  /** Largest finite value, or NaN when there is none. */
  readonly max: number;
  /** The node of the smallest finite value (the first one on ties), or null when there is none. */
  readonly argmin: GridNode | null;
  /** How many values are NaN or ±Infinity. */
  readonly nonFinite: number;
}

/** Limits that keep a hand-edited URL from allocating gigabytes: 4096 per side, 2²⁴ cells. */
export const MAX_GRID_SIDE = 4096;
export const MAX_GRID_CELLS = 1 << 24;

/** Throws unless `spec` is a finite non-empty rectangle with 2 ≤ nx, ny ≤ MAX_GRID_SIDE. */
export function assertGridSpec(spec: GridSpec): void {
  const [x0, x1] = spec.x;
  const [y0, y1] = spec.y;
  assertFinite(x0, 'grid x[0]');
  assertFinite(x1, 'grid x[1]');
  assertFinite(y0, 'grid y[0]');
  assertFinite(y1, 'grid y[1]');
  if (!(x0 < x1)) throw new CoreError('invalid', `the grid's x range must have x[0] < x[1], got [${x0}, ${x1}]`);
  if (!(y0 < y1)) throw new CoreError('invalid', `the grid's y range must have y[0] < y[1], got [${y0}, ${y1}]`);
  for (const [n, what] of [
    [spec.nx, 'nx'],
    [spec.ny, 'ny'],
  ] as const) {
    if (!Number.isInteger(n) || n < 2 || n > MAX_GRID_SIDE) {
      throw new CoreError(
        'out-of-range',
        `${what} must be a whole number from 2 to ${MAX_GRID_SIDE}, got ${String(n)}`,
      );
    }
  }
  if (spec.nx * spec.ny > MAX_GRID_CELLS) {
    throw new CoreError(
      'out-of-range',
      `a grid of ${spec.nx} × ${spec.ny} is too large (at most ${MAX_GRID_CELLS} cells)`,
    );
  }
}

/**
 * The k-th of n evenly spaced values from a to b, computed as numpy.linspace does
 * (a + k·step, and exactly b at the end) so grids match numpy's bit for bit.
 */
export function linspaceAt(a: number, b: number, n: number, k: number): number {
  return k === n - 1 ? b : a + k * ((b - a) / (n - 1));
}

/** n evenly spaced values from a to b inclusive, as numpy.linspace(a, b, n). */
export function linspace(a: number, b: number, n: number): Float64Array {
  assertFinite(a, 'start');
  assertFinite(b, 'stop');
  if (!Number.isInteger(n) || n < 2)
    throw new CoreError('out-of-range', `linspace needs at least 2 points, got ${String(n)}`);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) out[k] = linspaceAt(a, b, n, k);
  return out;
}

/** x_i of a grid (i from 0 to nx − 1). */
export function gridX(grid: Pick<Grid, 'x0' | 'x1' | 'nx'>, i: number): number {
  return linspaceAt(grid.x0, grid.x1, grid.nx, i);
}

/** y_j of a grid (j from 0 to ny − 1). */
export function gridY(grid: Pick<Grid, 'y0' | 'y1' | 'ny'>, j: number): number {
  return linspaceAt(grid.y0, grid.y1, grid.ny, j);
}

/** Wraps filled-in values as a Grid: finds min, max and argmin over the finite ones. */
export function gridFromValues(spec: GridSpec, values: Float64Array): Grid {
  assertGridSpec(spec);
  const { nx, ny } = spec;
  if (values.length !== nx * ny) {
    throw new CoreError('mismatch', `a ${nx} × ${ny} grid needs ${nx * ny} values, got ${values.length}`);
  }
  let min = Infinity;
  let max = -Infinity;
  let at = -1;
  let nonFinite = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) {
      nonFinite++;
      continue;
    }
    if (v < min) {
      min = v;
      at = k;
    }
    if (v > max) max = v;
  }
  const [x0, x1] = spec.x;
  const [y0, y1] = spec.y;
  const base = { x0, x1, y0, y1, nx, ny, values, nonFinite };
  if (at < 0) return { ...base, min: NaN, max: NaN, argmin: null };
  const i = at % nx;
  const j = (at - i) / nx;
  return {
    ...base,
    min,
    max,
    argmin: { i, j, x: linspaceAt(x0, x1, nx, i), y: linspaceAt(y0, y1, ny, j), value: min },
  };
}
