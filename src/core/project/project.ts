import type { Camera } from './camera';
import { dot, type Vec3 } from './vec3';

/** A projected point: screen x to the right, screen y up, and depth (larger = nearer the eye). */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
  readonly depth: number;
}

/**
 * Projects a point in unit-box coordinates onto the screen plane of `camera`.
 * Orthographic when camera.distance is 0; otherwise a pinhole at that
 * distance, scaled so the box centre keeps its size.
 */
export function projectPoint(camera: Camera, p: Vec3): ScreenPoint {
  const x = dot(camera.right, p);
  const y = dot(camera.up, p);
  const depth = dot(camera.toward, p);
  if (camera.distance === 0) return { x, y, depth };
  const s = camera.distance / (camera.distance - depth);
  return { x: x * s, y: y * s, depth };
}
