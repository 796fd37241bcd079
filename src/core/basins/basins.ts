import { assertFinite, assertPositive, CoreError } from '../errors';
import { assertGridSpec, linspaceAt, type GridSpec } from '../grid/grid';
import { MAX_STEPS } from '../optim/descent-path';
import type { AnyConfiguredOptimizer, OptimizerState } from '../optim/optimizer';
import { assertWindow, type Window2D } from '../geometry/window';
import type { Objective } from '../loss/objective';

type Place = { readonly x: number; readonly y: number };

/**
 * What a basin map needs of a surface: every catalogue entry is one; a playground function
 * is one once it has a window and a list of minima (saddles and maxima optional).
 */
export interface BasinSurface extends Objective {
  readonly window: Window2D;
  readonly criticalPoints: {
    readonly minima: readonly Place[];
    readonly saddles?: readonly Place[];
    readonly maxima?: readonly Place[];
  };
  /** ∇f at (x, y) without allocating a typed array; `gradient([x, y])` is used when absent. */
  grad?(x: number, y: number): readonly [number, number];
}

/** Label of a start whose run left the escape box or stopped being finite. */
export const BASIN_DIVERGED = -1;
/** Label of a start that used every iteration and did not end near a known minimum. */
export const BASIN_STALLED = -2;
/** Label of a start whose run came to rest at a known saddle point. */
export const BASIN_SADDLE = -3;
/** Label of a start whose run came to rest at a known local maximum. */
export const BASIN_MAXIMUM = -4;
/** Label of a start whose run came to rest away from every known critical point (e.g. on a plateau). */
export const BASIN_ELSEWHERE = -5;

export interface BasinOptions {
  /** The starts: nx × ny points of the grid (x_i = linspace(x, nx)[i], y_j likewise); nx, ny from 2 to 256. */
  readonly grid: GridSpec;
  /** The rows j ∈ [rows[0], rows[1]) to compute (default all): for chunks and Web Workers. */
  readonly rows?: readonly [number, number];
  /** Iterations per start at most, 1 to 100 000 (default 2000). */
  readonly maxIterations?: number;
  /** At rest once ‖∇f(p_k)‖ ≤ this (default 1e-6). */
  readonly gradTolerance?: number;
  /** … or once ‖p_k − p_{k−1}‖ ≤ this (default 1e-10 times the window's larger side). */
  readonly stepTolerance?: number;
  /** A rest point within this distance of a known critical point is that point (default 1 % of the window's larger side). */
  readonly pointTolerance?: number;
  /** The escape box: the surface's window scaled about its centre by this factor (default 10). */
  readonly escapeFactor?: number;
  /**
   * Or the escape box itself (e.g. |x|, |y| ≤ 1e6: { x: [−1e6, 1e6], y: [−1e6, 1e6] }); overrides
   * escapeFactor. Each point after a step is tested, not the start.
   */
  readonly escapeBox?: Window2D;
  /**
   * A run also counts as having reached a minimum once it has stayed within pointTolerance of
   * it for this many iterations (checked every 25th; default 100; 0: off). Adam, RMSProp and
   * momentum at a fixed η often hover about a minimum without ever coming to rest.
   */
  readonly settleIterations?: number;
}

/**
 * One chunk of a basin map: rows rowStart … rowEnd − 1 of the start grid, row-major like the
 * core's grids: entry (j − rowStart)·nx + i is the start (x_i, y_j).
 */
export interface BasinChunk {
  readonly nx: number;
  readonly ny: number;
  readonly rowStart: number;
  readonly rowEnd: number;
  /**
   * i ≥ 0: the run reached minimum i of `surface.criticalPoints.minima`: it came to rest
   * within pointTolerance of it, settled about it (settleIterations), or ended there after
   * maxIterations; BASIN_DIVERGED, BASIN_STALLED, BASIN_SADDLE, BASIN_MAXIMUM or
   * BASIN_ELSEWHERE otherwise.
   */
  readonly labels: Int16Array;
  /** Iterations taken (until rest, escape, or maxIterations). */
  readonly iterations: Int32Array;
  /** For BASIN_SADDLE and BASIN_MAXIMUM, the index into criticalPoints.saddles / .maxima; else −1. */
  readonly critical: Int16Array;
}

const MAX_SIDE = 256;
/** How often (in iterations) a run is checked for hovering about a minimum. */
const SETTLE_CHECK = 25;

interface Settings {
  readonly maxIterations: number;
  readonly gradTolerance: number;
  readonly stepTolerance: number;
  readonly pointTolerance: number;
  readonly settleIterations: number;
  readonly box: { readonly x0: number; readonly x1: number; readonly y0: number; readonly y1: number };
}

function settings(surface: BasinSurface, o: BasinOptions): Settings {
  const w = surface.window;
  const side = Math.max(w.x[1] - w.x[0], w.y[1] - w.y[0]);
  const maxIterations = o.maxIterations ?? 2000;
  if (!Number.isInteger(maxIterations) || maxIterations < 1 || maxIterations > MAX_STEPS) {
    throw new CoreError(
      'out-of-range',
      `the iterations per start must be a whole number from 1 to ${MAX_STEPS}, got ${String(maxIterations)}`,
    );
  }
  const nonNegative = (v: number | undefined, fallback: number, what: string): number => {
    if (v === undefined) return fallback;
    assertFinite(v, what);
    if (v < 0) throw new CoreError('out-of-range', `${what} must be ≥ 0, got ${v}`);
    return v;
  };
  const pointTolerance = o.pointTolerance ?? 0.01 * side;
  assertPositive(pointTolerance, 'the point tolerance');
  const escape = o.escapeFactor ?? 10;
  assertFinite(escape, 'the escape factor');
  if (escape < 1) throw new CoreError('out-of-range', `the escape factor must be at least 1, got ${escape}`);
  const cx = (w.x[0] + w.x[1]) / 2;
  const cy = (w.y[0] + w.y[1]) / 2;
  const hx = ((w.x[1] - w.x[0]) / 2) * escape;
  const hy = ((w.y[1] - w.y[0]) / 2) * escape;
  const settleIterations = o.settleIterations ?? 100;
  if (!Number.isInteger(settleIterations) || settleIterations < 0) {
    throw new CoreError(
      'out-of-range',
      `the settle iterations must be a whole number ≥ 0, got ${String(settleIterations)}`,
    );
  }
  if (o.escapeBox !== undefined) assertWindow(o.escapeBox, 'the escape box');
  const box =
    o.escapeBox === undefined
      ? { x0: cx - hx, x1: cx + hx, y0: cy - hy, y1: cy + hy }
      : { x0: o.escapeBox.x[0], x1: o.escapeBox.x[1], y0: o.escapeBox.y[0], y1: o.escapeBox.y[1] };
  return {
    maxIterations,
    settleIterations,
    gradTolerance: nonNegative(o.gradTolerance, 1e-6, 'the gradient tolerance'),
    stepTolerance: nonNegative(o.stepTolerance, 1e-10 * side, 'the step tolerance'),
    pointTolerance,
    box,
  };
}

/** Index of the nearest point within tol of (x, y), or −1. */
function nearest(points: readonly Place[], x: number, y: number, tol: number): number {
  let best = -1;
  let bestD = tol;
  for (let k = 0; k < points.length; k++) {
    const d = Math.hypot(points[k]!.x - x, points[k]!.y - y);
    if (d <= bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/**
 * Basins of attraction: runs `optimizer` from every start of a grid (or of the rows asked for)
 * on a surface (a catalogue entry, or any BasinSurface) and labels where each run ends. Pure
 * (each run advances its own state in place, `Optimizer.advance`, so the same update rules as
 * `descentPath` allocate next to nothing per step). Compute a large map in row chunks (or in
 * a Web Worker) and put the chunks together by rowStart. Throws a CoreError for bad options; a
 * run where the optimiser or the surface throws a non-finite CoreError (e.g. an overflowing
 * squared gradient) counts as diverged, and so does a start where the gradient is not finite.
 */
export function basinChunk(
  surface: BasinSurface,
  optimizer: AnyConfiguredOptimizer,
  options: BasinOptions,
): BasinChunk {
  const { grid } = options;
  assertGridSpec(grid);
  const { nx, ny } = grid;
  if (nx > MAX_SIDE || ny > MAX_SIDE)
    throw new CoreError('out-of-range', `a basin map has at most ${MAX_SIDE} starts a side, got ${nx} × ${ny}`);
  const [rowStart, rowEnd] = options.rows ?? [0, ny];
  if (!Number.isInteger(rowStart) || !Number.isInteger(rowEnd) || rowStart < 0 || rowEnd > ny || rowStart > rowEnd) {
    throw new CoreError(
      'out-of-range',
      `the rows must be whole numbers with 0 ≤ start ≤ end ≤ ${ny}, got [${rowStart}, ${rowEnd})`,
    );
  }
  const s = settings(surface, options);
  if (surface.dim !== 2)
    throw new CoreError('mismatch', `a basin map needs a surface of two parameters, got ${surface.dim}`);
  const { minima, saddles = [], maxima = [] } = surface.criticalPoints;
  // One gradient per step: the rest test needs ∇f(p_k), and the next step asks for the same
  // point again, so the last gradient is kept (keyed by the coordinates, as the optimiser
  // advances its point in place).
  let cachedX = NaN;
  let cachedY = NaN;
  const cached = new Float64Array(2);
  const objective: Objective = {
    dim: 2,
    value: (p) => surface.value(p),
    gradient(p) {
      const x = p[0]!;
      const y = p[1]!;
      if (x === cachedX && y === cachedY) return cached;
      if (surface.grad) {
        const g = surface.grad(x, y);
        cached[0] = g[0];
        cached[1] = g[1];
      } else cached.set(surface.gradient(p));
      cachedX = x;
      cachedY = y;
      return cached;
    },
  };
  const count = (rowEnd - rowStart) * nx;
  const labels = new Int16Array(count);
  const iterations = new Int32Array(count);
  const critical = new Int16Array(count).fill(-1);
  const start = new Float64Array(2);

  for (let j = rowStart; j < rowEnd; j++) {
    const y0 = linspaceAt(grid.y[0], grid.y[1], ny, j);
    for (let i = 0; i < nx; i++) {
      const cell = (j - rowStart) * nx + i;
      start[0] = linspaceAt(grid.x[0], grid.x[1], nx, i);
      start[1] = y0;
      const state: OptimizerState<unknown> = optimizer.init(start); // a fresh copy: advanced in place below
      let x = start[0];
      let y = start[1];
      let label = BASIN_STALLED;
      let atRest = false;
      let k = 0;
      let near = -1; // the minimum the run was near at the last check, and since when
      let nearSince = 0;
      try {
        const g0 = objective.gradient(state.point);
        const g0Norm = Math.hypot(g0[0]!, g0[1]!);
        if (!Number.isFinite(g0Norm)) label = BASIN_DIVERGED;
        else if (g0Norm <= s.gradTolerance) atRest = true;
        while (label !== BASIN_DIVERGED && !atRest && k < s.maxIterations) {
          k++;
          optimizer.advance(state, objective);
          const px = state.point[0]!;
          const py = state.point[1]!;
          // written so NaN fails the test too
          if (!(px >= s.box.x0 && px <= s.box.x1 && py >= s.box.y0 && py <= s.box.y1)) {
            label = BASIN_DIVERGED;
            break;
          }
          const stepLength = Math.hypot(px - x, py - y);
          x = px;
          y = py;
          const g = objective.gradient(state.point);
          const gradNorm = Math.hypot(g[0]!, g[1]!);
          if (!Number.isFinite(gradNorm)) {
            label = BASIN_DIVERGED;
            break;
          }
          if (gradNorm <= s.gradTolerance || stepLength <= s.stepTolerance) atRest = true;
          else if (s.settleIterations > 0 && k % SETTLE_CHECK === 0) {
            const m = nearest(minima, x, y, s.pointTolerance);
            if (m !== near) {
              near = m;
              nearSince = k;
            } else if (m >= 0 && k - nearSince >= s.settleIterations) {
              break; // settled: labelled with minimum m below
            }
          }
        }
      } catch (e) {
        if (!(e instanceof CoreError && e.code === 'non-finite')) throw e;
        label = BASIN_DIVERGED;
      }
      if (label !== BASIN_DIVERGED) {
        const m = nearest(minima, x, y, s.pointTolerance);
        if (m >= 0) label = m;
        else if (atRest) {
          const sd = nearest(saddles, x, y, s.pointTolerance);
          const mx = sd >= 0 ? -1 : nearest(maxima, x, y, s.pointTolerance);
          label = sd >= 0 ? BASIN_SADDLE : mx >= 0 ? BASIN_MAXIMUM : BASIN_ELSEWHERE;
          critical[cell] = sd >= 0 ? sd : mx;
        }
      }
      labels[cell] = label;
      iterations[cell] = k;
    }
  }
  return { nx, ny, rowStart, rowEnd, labels, iterations, critical };
}

/**
 * Splits the rows of an ny-row grid into chunks of about `rowsPerChunk` rows: the row ranges
 * to hand to `basinChunk` one frame (or one worker message) at a time.
 */
export function basinRowChunks(ny: number, rowsPerChunk: number): Array<[number, number]> {
  if (!Number.isInteger(ny) || ny < 1)
    throw new CoreError('out-of-range', `ny must be a whole number ≥ 1, got ${String(ny)}`);
  if (!Number.isInteger(rowsPerChunk) || rowsPerChunk < 1) {
    throw new CoreError('out-of-range', `the rows per chunk must be a whole number ≥ 1, got ${String(rowsPerChunk)}`);
  }
  const out: Array<[number, number]> = [];
  for (let j = 0; j < ny; j += rowsPerChunk) out.push([j, Math.min(ny, j + rowsPerChunk)]);
  return out;
}
