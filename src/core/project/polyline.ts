import { toUnit, type Box3, type Range } from './box';
import type { Camera } from './camera';
import { projectPoint } from './project';

/** A projected polyline vertex. */
export interface ScreenVertex {
  readonly x: number;
  readonly y: number;
  readonly depth: number;
  /**
   * True when the data point lay outside the box (or was not finite) and was
   * pinned to the box's surface; draw it differently (hollow, dashed) so the
   * figure never pretends it is where it is drawn.
   */
  readonly clipped: boolean;
  /** Index of the data point. */
  readonly index: number;
}

function pin(r: Range, v: number, nonFinite: number): [number, boolean] {
  if (Number.isNaN(v)) return [nonFinite, true];
  if (v < r[0]) return [r[0], true];
  if (v > r[1]) return [r[1], true];
  return [v, false];
}

/**
 * Projects the points (xs[k], ys[k], zs[k]) — e.g. a descent path
 * (β₀, β₁, L) riding on the loss surface. Points outside the box are pinned
 * to its faces (a NaN z to the top face, a NaN x or y to the low side) and
 * flagged, so nothing non-finite ever comes out.
 */
export function projectPolyline(
  box: Box3,
  camera: Camera,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  zs: ArrayLike<number>,
): ScreenVertex[] {
  const n = Math.min(xs.length, ys.length, zs.length);
  const out: ScreenVertex[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const [x, cx] = pin(box.x, xs[k]!, box.x[0]);
    const [y, cy] = pin(box.y, ys[k]!, box.y[0]);
    const [z, cz] = pin(box.z, zs[k]!, box.z[1]);
    const s = projectPoint(camera, toUnit(box, x, y, z));
    out[k] = { x: s.x, y: s.y, depth: s.depth, clipped: cx || cy || cz, index: k };
  }
  return out;
}
