import type { ClippedPath } from './clip-path';

export interface XY {
  readonly x: number;
  readonly y: number;
}

/**
 * The polylines to draw for a clipped path: for each visible piece, its entry point on the
 * window's edge (if any), the points inside, and its exit point on the edge (if any).
 * `xs`/`ys` are the path's coordinates, the ones `clipPath` was given.
 */
export function visiblePolylines(xs: ArrayLike<number>, ys: ArrayLike<number>, clipped: ClippedPath): XY[][] {
  return clipped.pieces.map((piece) => {
    const out: XY[] = [];
    if (piece.entry !== null) out.push({ x: piece.entry[0], y: piece.entry[1] });
    for (let k = piece.first; k <= piece.last; k++) out.push({ x: xs[k]!, y: ys[k]! });
    if (piece.exit !== null) out.push({ x: piece.exit[0], y: piece.exit[1] });
    return out;
  });
}
