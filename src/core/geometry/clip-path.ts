import { CoreError } from '../errors';
import { assertWindow, insideWindow, type Window2D } from './window';

export type Point2 = readonly [number, number];

/** Why a path stops being drawn: it left the window, or a coordinate was NaN or ±Infinity. */
export type ExitReason = 'left-window' | 'non-finite';

/** Where a path first leaves its window. */
export interface PathExit {
  /**
   * The index of the first point not drawn (outside the window or not finite); `points.length`
   * when the path stayed inside but its producer stopped it (`options.stopped`).
   */
  readonly index: number;
  /** The last point drawn, index − 1 (−1 when the very first point is not inside). */
  readonly lastInside: number;
  /**
   * Where the segment from the last inside point towards points[index] meets the window's
   * edge (it follows the direction of a ±Infinity coordinate); the last inside point itself
   * when points[index] has a NaN coordinate or the producer stopped the path; null when no
   * point was inside.
   */
  readonly at: Point2 | null;
  readonly reason: ExitReason;
}

/**
 * One visible piece of the polyline. When first ≤ last, points first … last are inside, and
 * the piece runs from `entry` (where the segment from first − 1 comes in; null for the path's
 * start or after a NaN point) through them to `exit` (where the segment to last + 1 leaves;
 * null at the path's end or before a NaN point). When first = last + 1 the piece is only the
 * part of segment last → first, two points outside, that crosses the window: entry and exit
 * are both set.
 */
export interface ClipPiece {
  readonly first: number;
  readonly last: number;
  readonly entry: Point2 | null;
  readonly exit: Point2 | null;
}

export interface ClippedPath {
  /** Points 0 … lastInside are finite and inside: the path drawn up to where it first leaves (−1: none). */
  readonly lastInside: number;
  /** How the path first leaves the window, or null when every point is inside (and it was not stopped). */
  readonly exit: PathExit | null;
  /** inside[k] = 1 when point k is finite and inside the window, else 0. */
  readonly inside: Uint8Array;
  /** Every visible piece, in path order: what a path that leaves and comes back draws. */
  readonly pieces: ClipPiece[];
}

export interface ClipOptions {
  /**
   * The producer stopped the path because its next point would not have been finite (e.g.
   * `descentPath` ended 'diverged' with fewer steps than asked): if every point is inside,
   * `exit` marks a 'non-finite' exit at the last point, with index = points.length.
   */
  readonly stopped?: boolean;
}

const clampTo = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

interface ClippedSegment {
  /** The visible part is o + s·u for s ∈ [s0, s1]. */
  readonly ox: number;
  readonly oy: number;
  readonly ux: number;
  readonly uy: number;
  readonly s0: number;
  readonly s1: number;
}

/**
 * The part of the segment from a towards b that lies in the window, or null when it misses.
 * `b` may be astronomically far (1e300) or ±Infinity (then only its direction counts); the
 * arithmetic stays finite: the direction is formed from half-differences and normalised (its
 * larger component ±1), and the line is parametrised from its point nearest the window's
 * centre, so an endpoint 1e300 away does not swamp the window's 10 units in rounding.
 */
function clipSegment(w: Window2D, ax: number, ay: number, bx: number, by: number): ClippedSegment | null {
  const bFinite = Number.isFinite(bx) && Number.isFinite(by);
  const hx = bFinite ? bx / 2 - ax / 2 : Number.isFinite(bx) ? 0 : Math.sign(bx);
  const hy = bFinite ? by / 2 - ay / 2 : Number.isFinite(by) ? 0 : Math.sign(by);
  const m = Math.max(Math.abs(hx), Math.abs(hy));
  if (m === 0) return null;
  const ux = hx / m;
  const uy = hy / m;
  const length = bFinite ? 2 * m : Infinity; // |b − a| in units of u (overflowing to ∞ is harmless)
  const cx = w.x[0] / 2 + w.x[1] / 2;
  const cy = w.y[0] / 2 + w.y[1] / 2;
  const p = ((cx - ax) * ux + (cy - ay) * uy) / (ux * ux + uy * uy);
  const ox = ax + p * ux;
  const oy = ay + p * uy;
  let s0 = -p;
  let s1 = length - p;
  // Liang–Barsky: each pair of edges cuts the parameter range.
  for (const [u, o, lo, hi] of [
    [ux, ox, w.x[0], w.x[1]],
    [uy, oy, w.y[0], w.y[1]],
  ] as const) {
    if (u === 0) {
      if (o < lo || o > hi) return null;
      continue;
    }
    const t0 = (lo - o) / u;
    const t1 = (hi - o) / u;
    s0 = Math.max(s0, Math.min(t0, t1));
    s1 = Math.min(s1, Math.max(t0, t1));
  }
  if (!(s0 <= s1)) return null;
  return { ox, oy, ux, uy, s0, s1 };
}

function pointAt(w: Window2D, c: ClippedSegment, s: number): Point2 {
  // clamped: rounding may put an edge point a hair outside
  return [clampTo(c.ox + s * c.ux, w.x[0], w.x[1]), clampTo(c.oy + s * c.uy, w.y[0], w.y[1])];
}

/**
 * Where the segment from (ax, ay), inside the window, towards (bx, by), outside (possibly
 * 1e300 away or ±Infinity), meets the window's edge. (ax, ay) itself when b has a NaN.
 */
export function windowExit(w: Window2D, ax: number, ay: number, bx: number, by: number): Point2 {
  if (Number.isNaN(bx) || Number.isNaN(by)) return [ax, ay];
  const c = clipSegment(w, ax, ay, bx, by);
  return c === null ? [ax, ay] : pointAt(w, c, c.s1);
}

/**
 * Clips a path (a sequence of 2-D points, e.g. `descentPath(...).points`) to a window: which
 * points are inside, where it first leaves and why, and every visible piece for a path that
 * leaves and comes back. Coordinates may be anything (NaN, ±Infinity, 1e300); the results are
 * always finite and inside the window. Throws a CoreError for a bad window or a point with
 * fewer than two coordinates.
 */
export function clipPath(
  points: ArrayLike<ArrayLike<number>>,
  window: Window2D,
  options: ClipOptions = {},
): ClippedPath {
  assertWindow(window);
  const n = points.length;
  const inside = new Uint8Array(n);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const p = points[k]!;
    if (p.length < 2) throw new CoreError('mismatch', `point ${k} must have two coordinates, got ${p.length}`);
    xs[k] = p[0]!;
    ys[k] = p[1]!;
    inside[k] = insideWindow(window, xs[k]!, ys[k]!) ? 1 : 0;
  }

  let lastInside = -1;
  while (lastInside + 1 < n && inside[lastInside + 1] === 1) lastInside++;
  let exit: PathExit | null = null;
  if (lastInside + 1 < n) {
    const k = lastInside + 1;
    const reason: ExitReason = Number.isFinite(xs[k]!) && Number.isFinite(ys[k]!) ? 'left-window' : 'non-finite';
    const at = lastInside < 0 ? null : windowExit(window, xs[lastInside]!, ys[lastInside]!, xs[k]!, ys[k]!);
    exit = { index: k, lastInside, at, reason };
  } else if (options.stopped === true && n > 0) {
    exit = { index: n, lastInside, at: [xs[n - 1]!, ys[n - 1]!], reason: 'non-finite' };
  }

  const pieces: ClipPiece[] = [];
  const hasNaN = (k: number): boolean => Number.isNaN(xs[k]!) || Number.isNaN(ys[k]!);
  const finite = (k: number): boolean => Number.isFinite(xs[k]!) && Number.isFinite(ys[k]!);
  let open: { first: number; last: number; entry: Point2 | null } | null = null;
  for (let k = 0; k < n; k++) {
    if (inside[k] === 1) {
      if (open !== null) {
        open.last = k;
        continue;
      }
      let entry: Point2 | null = null;
      if (k > 0 && !hasNaN(k - 1)) entry = windowExit(window, xs[k]!, ys[k]!, xs[k - 1]!, ys[k - 1]!);
      open = { first: k, last: k, entry };
      continue;
    }
    if (open !== null) {
      pieces.push({ ...open, exit: hasNaN(k) ? null : windowExit(window, xs[k - 1]!, ys[k - 1]!, xs[k]!, ys[k]!) });
      open = null;
    } else if (k > 0 && finite(k - 1) && !hasNaN(k)) {
      // two points outside: the segment between them may still cross the window
      const c = clipSegment(window, xs[k - 1]!, ys[k - 1]!, xs[k]!, ys[k]!);
      if (c !== null && c.s1 > c.s0) {
        const a = pointAt(window, c, c.s0);
        const b = pointAt(window, c, c.s1);
        pieces.push({ first: k, last: k - 1, entry: a, exit: b });
      }
    }
  }
  if (open !== null) pieces.push({ ...open, exit: null });
  return { lastInside, exit, inside, pieces };
}
