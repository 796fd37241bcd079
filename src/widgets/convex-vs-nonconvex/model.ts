/**
 * The two surfaces side by side, from the core: grids, filled contours,
 * 3-D meshes, and each surface's minima sorted into global and local. Pure;
 * memoised per surface.
 */
import { contourPolygonsInSteps, type ContourPolygon } from '~/core/contour/contour-polygons';
import type { InSteps } from '~/core/steps/in-steps';
import { quantileThresholds } from '~/core/contour/thresholds';
import { evaluateGrid, evaluateGridInSteps } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import { makeBox } from '~/core/project/box';
import type { SurfaceMesh } from '~/core/project/mesh';
import type { CatalogueSurface, KnownMinimum } from '~/core/surfaces';
import { elongatedBowl } from '~/core/surfaces/elongated-bowl';
import { himmelblau } from '~/core/surfaces/himmelblau';
import { multiWell } from '~/core/surfaces/multi-well';
import { rotatedBowl } from '~/core/surfaces/rotated-bowl';
import { roundBowl } from '~/core/surfaces/round-bowl';
import { sixHumpCamel } from '~/core/surfaces/six-hump-camel';
import { surfaceMeshFromGrid } from '~/core/project/mesh-from-grid';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';
import type { CONVEX_IDS, NONCONVEX_IDS, State } from './state';

export type SurfaceId = (typeof CONVEX_IDS)[number] | (typeof NONCONVEX_IDS)[number];

/** The catalogue entries offered, imported one by one so the page loads only these. */
export const SURFACES: Record<SurfaceId, CatalogueSurface> = {
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

/** A known minimum from the catalogue (global when no known minimum is lower). */
export type Minimum = KnownMinimum;

export interface SurfaceModel {
  readonly id: SurfaceId;
  readonly surface: CatalogueSurface;
  readonly grid: Grid;
  readonly contours: ContourPolygon[];
  readonly mesh: SurfaceMesh;
  /** Fewer faces, drawn while the view turns (SurfaceView's movingMesh). */
  readonly movingMesh: SurfaceMesh;
  /** The z range drawn in 3-D: the lowest value to the 90th percentile (higher ground is cut off). */
  readonly zRange: [number, number];
  readonly minima: readonly Minimum[];
}

/** A surface's sampled grid, filled contours and the z range its 3-D view draws. */
export interface ContourMap {
  readonly grid: Grid;
  readonly contours: ContourPolygon[];
  readonly zRange: [number, number];
}

function* contourMapInSteps(id: SurfaceId): InSteps<ContourMap> {
  const surface = SURFACES[id];
  const spec = { x: surface.domain.x, y: surface.domain.y, nx: CONTOUR_N, ny: CONTOUR_N };
  const grid = yield* evaluateGridInSteps(surface.f, spec, 25);
  yield;
  const levels = quantileThresholds(grid.values, 14);
  yield;
  // The first level is the minimum itself, so the lowest band is filled too.
  const contours = yield* contourPolygonsInSteps(grid, [grid.min, ...levels]);
  const lowest = Math.min(...surface.criticalPoints.minima.map((p) => p.f));
  const p90 = quantileThresholds(grid.values, 9).at(-1) ?? grid.max;
  const zlo = Math.min(grid.min, lowest);
  return { grid, contours, zRange: [zlo, Math.max(p90, zlo + 1e-9)] };
}

/**
 * The grid and contours of a surface, cached; `contourMapOf.inSteps(id)` computes them in pieces
 * (prepareModel): the grid 25 rows at a time, its levels (a sort of 10,201 values), then a
 * contour level at a time.
 */
export const contourMapOf = cachedInSteps((id: SurfaceId) => id, contourMapInSteps, { size: 6 });

function* surfaceModelInSteps(id: SurfaceId): InSteps<SurfaceModel> {
  const surface = SURFACES[id];
  const spec = { x: surface.domain.x, y: surface.domain.y };
  const { grid, contours, zRange } = yield* contourMapOf.inSteps(id);
  const minima = [...surface.criticalPoints.minima];
  const box = makeBox([...spec.x], [...spec.y], zRange);
  const meshOf = (n: number) => surfaceMeshFromGrid(evaluateGrid(surface.f, { ...spec, nx: n, ny: n }), box);
  const mesh = meshOf(MESH_N);
  yield;
  return { id, surface, grid, contours, mesh, movingMesh: meshOf(MOVING_MESH_N), zRange, minima };
}

/**
 * A surface's whole model (map, contours, both 3-D meshes), cached; `surfaceModel.inSteps(id)`
 * computes it piece by piece (prepareModel): the mesh code's first run is a piece of its own.
 */
export const surfaceModel = cachedInSteps((id: SurfaceId) => id, surfaceModelInSteps, { size: 6 });

export interface Model {
  readonly convex: SurfaceModel;
  readonly other: SurfaceModel;
}

/** The two surfaces the state chooses. */
export function model(state: State): Model {
  return { convex: surfaceModel(state.convex), other: surfaceModel(state.other) };
}
