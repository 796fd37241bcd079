/**
 * A long path clipped to its window and thinned once, then read up to any iteration: a
 * scrubber that shows a run "up to iteration k" would otherwise clip and thin the first k
 * points again at every step (for six runs of thousands of steps, more than drawing them).
 *
 * `upTo(k)` returns exactly what clipping points 0 … k, `visiblePolylines` and
 * `thinPath(line, gap, dist)` (keepLast) return: clipping a prefix gives the full path's
 * pieces cut at k (each piece depends only on its own segments), and thinning keeps a point
 * by looking back only, so the prefix keeps the full path's kept points before k, plus the
 * prefix's last point.
 */
import type { ClippedPath } from '~/core/geometry/clip-path';
import { visiblePolylines, type XY } from '~/core/geometry/visible-polylines';
import { thinPath } from './thin';

export interface PathPrefixes {
  /** The visible pieces of points 0 … k, thinned (k past the end: the whole path). */
  upTo(k: number): XY[][];
}

interface ThinnedPiece {
  /** The piece's vertices: its entry point, the points inside, its exit point. */
  readonly pts: readonly XY[];
  /**
   * The iteration of each vertex: k for point k, first − ½ for the entry (it lies on
   * segment first − 1 → first), last + ½ for the exit. Non-decreasing.
   */
  readonly iter: Float64Array;
  /** The vertices thinning keeps before forcing the last one, increasing. */
  readonly kept: readonly number[];
}

/** The number of entries of the sorted `a` that are ≤ v. */
function countAtMost(a: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `xs`/`ys` are the whole path, `clipped` its `clipPath` (without `stopped`: a prefix is
 * never stopped); `gap` and `dist` as for `thinPath`.
 */
export function pathPrefixes(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  clipped: ClippedPath,
  gap: number,
  dist: (a: XY, b: XY) => number,
): PathPrefixes {
  const lines = visiblePolylines(xs, ys, clipped);
  const pieces: ThinnedPiece[] = clipped.pieces.map((piece, i) => {
    const pts = lines[i]!;
    const iter = new Float64Array(pts.length);
    let v = 0;
    if (piece.entry !== null) iter[v++] = piece.first - 0.5;
    for (let k = piece.first; k <= piece.last; k++) iter[v++] = k;
    if (piece.exit !== null) iter[v] = piece.last + 0.5;
    const positions = Array.from({ length: pts.length }, (_, j) => j);
    const kept = thinPath(positions, gap, (a, b) => dist(pts[a]!, pts[b]!), { keepLast: false });
    return { pts, iter, kept };
  });
  return {
    upTo(k) {
      const out: XY[][] = [];
      for (const p of pieces) {
        const count = countAtMost(p.iter, k);
        if (count === 0) break; // this piece and every later one start after k
        const shown = countAtMost(p.kept, count - 1);
        const line = p.kept.slice(0, shown).map((j) => p.pts[j]!);
        if (p.kept[shown - 1] !== count - 1) line.push(p.pts[count - 1]!);
        out.push(line);
      }
      return out;
    },
  };
}
