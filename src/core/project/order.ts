import type { Camera } from './camera';
import type { Face } from './mesh';

/**
 * The painter's-algorithm key of a face: larger means nearer the eye.
 *
 * For a height field z = f(x, y) seen through an orthographic camera every
 * line of sight runs in the same horizontal direction, so along any line of
 * sight the nearer surface point is the one further along the eye's
 * horizontal direction (cos a, sin a) — whatever the heights. Grid cells are
 * translates of one rectangle, so ordering them by their centres along that
 * direction is exact: no cell is ever drawn over one that hides it. With a
 * perspective camera the lines of sight fan out from the eye, and the key is
 * minus the horizontal distance from the eye's foot point.
 */
export function faceDepthKey(camera: Camera, face: Pick<Face, 'cx' | 'cy'>): number {
  const t = camera.toward;
  if (camera.distance === 0) return t[0] * face.cx + t[1] * face.cy;
  const ex = t[0] * camera.distance;
  const ey = t[1] * camera.distance;
  return -Math.hypot(face.cx - ex, face.cy - ey);
}

/**
 * Indices of `faces` in drawing order, back to front. Ties (cells at the
 * same depth, or an overhead view) keep grid order so the output is stable.
 */
export function backToFront(camera: Camera, faces: readonly Pick<Face, 'cx' | 'cy'>[]): Uint32Array {
  const keys = new Float64Array(faces.length);
  for (let k = 0; k < faces.length; k++) keys[k] = faceDepthKey(camera, faces[k]!);
  const order = new Uint32Array(faces.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  // Typed-array sort with a comparator is stable in every current engine.
  order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  return order;
}
