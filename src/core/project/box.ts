import { assertFinite, CoreError } from '../errors';
import type { Vec3 } from './vec3';

/** A closed interval [lo, hi] with lo < hi. */
export type Range = readonly [number, number];

/**
 * The data box a 3-D figure shows: ranges in x, y and z (z is the display
 * range; values outside it are clipped) and the box's proportions. The box is
 * mapped onto a centred box of side lengths `aspect` (largest side 1), so a
 * loss of 2000 and parameters of 10 look alike in size.
 */
export interface Box3 {
  readonly x: Range;
  readonly y: Range;
  readonly z: Range;
  readonly aspect: Vec3;
}

/** matplotlib's default 3-D box proportions, 4 : 4 : 3. */
export const DEFAULT_ASPECT: Vec3 = [1, 1, 0.75];

function checkRange(r: Range, what: string): Range {
  assertFinite(r[0], `${what} lower bound`);
  assertFinite(r[1], `${what} upper bound`);
  if (!(r[1] > r[0])) {
    throw new CoreError('out-of-range', `${what} range must have lower < upper, got [${r[0]}, ${r[1]}]`);
  }
  if (!Number.isFinite(r[1] - r[0])) {
    throw new CoreError('out-of-range', `${what} range is too wide to draw: [${r[0]}, ${r[1]}]`);
  }
  return [r[0], r[1]];
}

/** A validated box. Throws CoreError on empty or non-finite ranges. */
export function makeBox(x: Range, y: Range, z: Range, aspect: Vec3 = DEFAULT_ASPECT): Box3 {
  for (const a of aspect) {
    assertFinite(a, 'aspect');
    if (a <= 0 || a > 1) throw new CoreError('out-of-range', `aspect entries must be in (0, 1], got ${a}`);
  }
  return { x: checkRange(x, 'x'), y: checkRange(y, 'y'), z: checkRange(z, 'z'), aspect };
}

/** Position of v within r as a fraction: lo → 0, hi → 1 (not clamped). */
export function fraction(r: Range, v: number): number {
  return (v - r[0]) / (r[1] - r[0]);
}

/**
 * A data point (x, y, z) in the box's centred unit coordinates: each axis runs
 * from −aspect/2 to +aspect/2. Not clamped; clip first.
 */
export function toUnit(box: Box3, x: number, y: number, z: number): Vec3 {
  return [
    (fraction(box.x, x) - 0.5) * box.aspect[0],
    (fraction(box.y, y) - 0.5) * box.aspect[1],
    (fraction(box.z, z) - 0.5) * box.aspect[2],
  ];
}

/**
 * Half the box's diagonal in unit coordinates: every projected point of the
 * box lies within this distance of the centre, whatever the view, so a figure
 * whose screen domain is ±radius never rescales while it rotates.
 */
export function boxRadius(box: Box3): number {
  return Math.hypot(box.aspect[0], box.aspect[1], box.aspect[2]) / 2;
}

/**
 * How far the box reaches from the centre of the screen, at most, over every
 * azimuth, at a given elevation (degrees): half its width and half its height.
 * A figure framed by these never clips the box while it turns, and only
 * zooms (smoothly) when it tilts.
 */
export function screenExtent(box: Box3, elevation: number): { halfWidth: number; halfHeight: number } {
  const e = (Math.min(90, Math.max(0, Number.isFinite(elevation) ? elevation : 0)) * Math.PI) / 180;
  const floor = Math.hypot(box.aspect[0], box.aspect[1]) / 2;
  return { halfWidth: floor, halfHeight: Math.sin(e) * floor + (Math.cos(e) * box.aspect[2]) / 2 };
}
