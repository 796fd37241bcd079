/**
 * The two surfaces side by side, from the core: grids, filled contours,
 * 3-D meshes, and each surface's minima sorted into global and local. Pure;
 * memoised per surface.
 */
import { contourPolygons, type ContourPolygon } from '~/core/contour/contour-polygons';
import { quantileThresholds } from '~/core/contour/thresholds';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import { elongatedBowl, rotatedBowl, roundBowl } from '~/core/loss/bowls';
import { himmelblau } from '~/core/loss/himmelblau';
import { multiWell } from '~/core/loss/multi-well';
import type { Surface2D } from '~/core/loss/objective';
import { sixHumpCamel } from '~/core/loss/six-hump-camel';
import { makeBox } from '~/core/project/box';
import type { SurfaceMesh } from '~/core/project/mesh';
import { surfaceMeshFromGrid } from '~/core/project/mesh-from-grid';
import { lruCache } from '~/widgets/kit/lruCache';
import type { CONVEX_IDS, NONCONVEX_IDS, State } from './state';

export type SurfaceId = (typeof CONVEX_IDS)[number] | (typeof NONCONVEX_IDS)[number];

const SURFACES: Record<SurfaceId, Surface2D> = {
  'rotated-bowl': rotatedBowl,
  'round-bowl': roundBowl,
  'elongated-bowl': elongatedBowl,
  'multi-well': multiWell,
  himmelblau,
  'six-hump-camel': sixHumpCamel,
};

/** Samples per side: contours, and the 3-D mesh (22 × 22 faces; 12 × 12 while turning, as two surfaces turn at once). */
const CONTOUR_N = 101;
const MESH_N = 23;
const MOVING_MESH_N = 13;

export interface Minimum {
  readonly x: number;
  readonly y: number;
  readonly f: number;
  /** Global when its value is the lowest of all the surface's minima (to 1e-9 relative). */
  readonly global: boolean;
}

export interface SurfaceModel {
  readonly id: SurfaceId;
  readonly surface: Surface2D;
  readonly grid: Grid;
  readonly contours: ContourPolygon[];
  readonly mesh: SurfaceMesh;
  /** Fewer faces, drawn while the view turns (SurfaceView's movingMesh). */
  readonly movingMesh: SurfaceMesh;
  /** The z range drawn in 3-D: the lowest value to the 90th percentile (higher ground is cut off). */
  readonly zRange: [number, number];
  readonly minima: Minimum[];
}

const cache = lruCache<SurfaceModel>({ size: 6 });

export function surfaceModel(id: SurfaceId): SurfaceModel {
  return cache(id, () => {
    const surface = SURFACES[id];
    const spec = { x: surface.domain.x, y: surface.domain.y };
    const grid = evaluateGrid(surface.f, { ...spec, nx: CONTOUR_N, ny: CONTOUR_N });
    const levels = quantileThresholds(grid.values, 14);
    // The first level is the minimum itself, so the lowest band is filled too.
    const contours = contourPolygons(grid, [grid.min, ...levels]);
    const values = surface.minima.map(([x, y]) => surface.f(x, y));
    const lowest = Math.min(...values);
    const minima = surface.minima.map(([x, y], i) => ({
      x,
      y,
      f: values[i]!,
      global: values[i]! - lowest <= 1e-9 * Math.max(1, Math.abs(lowest)),
    }));
    const p90 = quantileThresholds(grid.values, 9).at(-1) ?? grid.max;
    const zlo = Math.min(grid.min, lowest);
    const zRange: [number, number] = [zlo, Math.max(p90, zlo + 1e-9)];
    const box = makeBox([...spec.x], [...spec.y], zRange);
    const meshOf = (n: number) => surfaceMeshFromGrid(evaluateGrid(surface.f, { ...spec, nx: n, ny: n }), box);
    return { id, surface, grid, contours, mesh: meshOf(MESH_N), movingMesh: meshOf(MOVING_MESH_N), zRange, minima };
  });
}

export interface Model {
  readonly convex: SurfaceModel;
  readonly other: SurfaceModel;
}

/** The two surfaces the state chooses. */
export function model(state: State): Model {
  return { convex: surfaceModel(state.convex), other: surfaceModel(state.other) };
}
