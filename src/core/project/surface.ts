import type { Camera } from './camera';
import type { SurfaceMesh } from './mesh';
import { backToFront } from './order';
import { projectPoint } from './project';

/** A face as it appears on screen, ready to be drawn as a filled polygon. */
export interface ScreenFace {
  /** Closed ring of screen points [x, y] (first point repeated at the end). */
  readonly ring: Array<[number, number]>;
  /** Mean depth of the face (larger = nearer); informative only. */
  readonly depth: number;
  /** Mean height as a fraction of the z range, for colour. */
  readonly height: number;
  /** Brightness in [ambient, 1], for shading. */
  readonly light: number;
  /** The grid cell it came from. */
  readonly i: number;
  readonly j: number;
}

/**
 * The surface seen from `camera`: every face projected, listed back to front
 * (draw them in this order and nearer faces cover farther ones).
 */
export function projectSurface(mesh: SurfaceMesh, camera: Camera): ScreenFace[] {
  const order = backToFront(camera, mesh.faces);
  const out: ScreenFace[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const f = mesh.faces[order[k]!]!;
    const ring: Array<[number, number]> = new Array(f.points.length + 1);
    let depth = 0;
    for (let v = 0; v < f.points.length; v++) {
      const s = projectPoint(camera, f.points[v]!);
      ring[v] = [s.x, s.y];
      depth += s.depth;
    }
    ring[f.points.length] = ring[0]!;
    out[k] = { ring, depth: depth / f.points.length, height: f.height, light: f.light, i: f.i, j: f.j };
  }
  return out;
}
