import type { Range } from './box';
import type { Vec3 } from './vec3';

/**
 * A z value made safe for clipping: NaN and ±Infinity (a loss that overflowed)
 * count as "far above the top", so the piece of surface disappears instead of
 * poisoning the figure; finite values pass through.
 */
export function safeZ(z: number): number {
  if (Number.isNaN(z)) return Number.POSITIVE_INFINITY;
  return z;
}

/** Where along p→q the z coordinate crosses `level`, as a point. Assumes it does. */
function crossing(p: Vec3, q: Vec3, level: number): Vec3 {
  // Written so a huge or infinite endpoint gives t → 0 or 1, never NaN.
  const dz = q[2] - p[2];
  let t = dz === 0 ? 0 : (level - p[2]) / dz;
  if (!(t >= 0)) t = 0;
  if (t > 1) t = 1;
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1]), level];
}

/** One Sutherland–Hodgman pass: keep the part of `poly` where keep(z) holds. */
function clipAgainst(poly: readonly Vec3[], level: number, below: boolean): Vec3[] {
  const out: Vec3[] = [];
  const inside = (p: Vec3): boolean => (below ? p[2] <= level : p[2] >= level);
  for (let i = 0; i < poly.length; i++) {
    const cur = poly[i]!;
    const prev = poly[(i + poly.length - 1) % poly.length]!;
    const curIn = inside(cur);
    const prevIn = inside(prev);
    if (curIn) {
      if (!prevIn) out.push(crossing(prev, cur, level));
      out.push(cur);
    } else if (prevIn) {
      out.push(crossing(prev, cur, level));
    }
  }
  return out;
}

/**
 * The part of a planar-ish polygon (vertices in data coordinates) that lies in
 * the slab zRange[0] ≤ z ≤ zRange[1], with new vertices where edges cross the
 * slab's faces. Non-finite z counts as above the slab. Returns an empty array
 * when nothing is left; every returned coordinate is finite when the input's
 * x and y are.
 */
export function clipPolygonZ(poly: readonly Vec3[], zRange: Range): Vec3[] {
  const safe = poly.map((p): Vec3 => [p[0], p[1], safeZ(p[2])]);
  const top = clipAgainst(safe, zRange[1], true);
  if (top.length < 3) return [];
  const both = clipAgainst(top, zRange[0], false);
  return both.length < 3 ? [] : both;
}
