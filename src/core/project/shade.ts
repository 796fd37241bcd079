import { assertFinite } from '../errors';
import { cross, dot, normalize, type Vec3 } from './vec3';

/**
 * A light direction from its compass azimuth and altitude in degrees (the
 * direction *towards* the light). matplotlib's LightSource default is
 * azimuth 315°, altitude 45°: light from the upper left of a map.
 */
export function lightDirection(azimuthDeg: number, altitudeDeg: number): Vec3 {
  assertFinite(azimuthDeg, 'light azimuth');
  assertFinite(altitudeDeg, 'light altitude');
  // Compass azimuth: 0° = north (+y), clockwise; convert to maths angle from +x.
  const az = ((90 - azimuthDeg) * Math.PI) / 180;
  const alt = (altitudeDeg * Math.PI) / 180;
  return [Math.cos(alt) * Math.cos(az), Math.cos(alt) * Math.sin(az), Math.sin(alt)];
}

export const DEFAULT_LIGHT: Vec3 = lightDirection(315, 45);

/**
 * Upward unit normal of a polygon in unit-box coordinates (Newell's method,
 * robust for quads that are not quite planar). A degenerate polygon gets the
 * vertical normal.
 */
export function polygonNormal(poly: readonly Vec3[]): Vec3 {
  let nx = 0;
  let ny = 0;
  let nz = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    nx += (p[1] - q[1]) * (p[2] + q[2]);
    ny += (p[2] - q[2]) * (p[0] + q[0]);
    nz += (p[0] - q[0]) * (p[1] + q[1]);
  }
  let n = normalize([nx, ny, nz]);
  if (n[0] === 0 && n[1] === 0 && n[2] === 0) n = [0, 0, 1];
  return n[2] < 0 ? [-n[0], -n[1], -n[2]] : n;
}

/**
 * Lambertian brightness in [ambient, 1] of a surface with unit normal `n`
 * under light from direction `light`: ambient + (1 − ambient)·max(0, n·l).
 */
export function lambert(n: Vec3, light: Vec3 = DEFAULT_LIGHT, ambient = 0.35): number {
  const d = dot(n, normalize(light));
  return ambient + (1 - ambient) * Math.max(0, d);
}

/** The normal of the triangle a, b, c (unnormalised), exported for tests. */
export function triangleNormal(a: Vec3, b: Vec3, c: Vec3): Vec3 {
  return cross([b[0] - a[0], b[1] - a[1], b[2] - a[2]], [c[0] - a[0], c[1] - a[1], c[2] - a[2]]);
}
