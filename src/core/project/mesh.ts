import { CoreError } from '../errors';
import { fraction, toUnit, type Box3 } from './box';
import { clipPolygonZ } from './clip';
import { DEFAULT_LIGHT, lambert, polygonNormal } from './shade';
import type { Vec3 } from './vec3';

/**
 * Samples of z = f(x, y) on a rectangular grid: values[j * xs.length + i] is
 * f(xs[i], ys[j]) (row-major, one row per y). Values may be huge or
 * non-finite; they are clipped.
 */
export interface SurfaceGrid {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly values: ArrayLike<number>;
}

/** One piece of surface: a grid cell after clipping to the box's z range. */
export interface Face {
  /** Vertices in unit-box coordinates (3 to 6 of them after clipping). */
  readonly points: readonly Vec3[];
  /** Cell indices: the cell between xs[i], xs[i+1] and ys[j], ys[j+1]. */
  readonly i: number;
  readonly j: number;
  /** Cell centre in unit-box (x, y), used for depth ordering. */
  readonly cx: number;
  readonly cy: number;
  /** Mean height of the face as a fraction of the z range, in [0, 1]. */
  readonly height: number;
  /** Lambertian brightness in [ambient, 1] from a fixed world light. */
  readonly light: number;
}

/** A surface ready to be projected from any view: view-independent, computed once. */
export interface SurfaceMesh {
  readonly box: Box3;
  readonly faces: readonly Face[];
  /** Number of cells in x and y. */
  readonly nx: number;
  readonly ny: number;
}

/**
 * Turns grid samples into faces clipped to box.z. Cells entirely outside the
 * z range vanish; cells crossing it are cut exactly along the plane. Grid
 * coordinates must be finite and increasing; the grid must have at least
 * 2 × 2 samples.
 */
export function surfaceMesh(grid: SurfaceGrid, box: Box3, light: Vec3 = DEFAULT_LIGHT): SurfaceMesh {
  const nxs = grid.xs.length;
  const nys = grid.ys.length;
  if (nxs < 2 || nys < 2) throw new CoreError('empty', 'a surface needs at least 2 × 2 grid samples');
  if (grid.values.length !== nxs * nys) {
    throw new CoreError('mismatch', `expected ${nxs * nys} grid values, got ${grid.values.length}`);
  }
  for (const [arr, name] of [
    [grid.xs, 'x'],
    [grid.ys, 'y'],
  ] as const) {
    for (let k = 0; k < arr.length; k++) {
      const v = arr[k]!;
      if (!Number.isFinite(v)) throw new CoreError('non-finite', `grid ${name}[${k}] is not finite`);
      if (k > 0 && !(v > arr[k - 1]!)) throw new CoreError('invalid', `grid ${name} must increase`);
    }
  }
  const faces: Face[] = [];
  const z = (i: number, j: number): number => grid.values[j * nxs + i]!;
  for (let j = 0; j + 1 < nys; j++) {
    const y0 = grid.ys[j]!;
    const y1 = grid.ys[j + 1]!;
    for (let i = 0; i + 1 < nxs; i++) {
      const x0 = grid.xs[i]!;
      const x1 = grid.xs[i + 1]!;
      const cell: Vec3[] = [
        [x0, y0, z(i, j)],
        [x1, y0, z(i + 1, j)],
        [x1, y1, z(i + 1, j + 1)],
        [x0, y1, z(i, j + 1)],
      ];
      const clipped = clipPolygonZ(cell, box.z);
      if (clipped.length === 0) continue;
      const points = clipped.map((p) => toUnit(box, p[0], p[1], p[2]));
      let h = 0;
      for (const p of clipped) h += fraction(box.z, p[2]);
      const centre = toUnit(box, (x0 + x1) / 2, (y0 + y1) / 2, box.z[0]);
      faces.push({
        points,
        i,
        j,
        cx: centre[0],
        cy: centre[1],
        height: Math.min(1, Math.max(0, h / clipped.length)),
        light: lambert(polygonNormal(points), light),
      });
    }
  }
  return { box, faces, nx: nxs - 1, ny: nys - 1 };
}
