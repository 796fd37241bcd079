/**
 * The numbers gradient-field draws: a grid and filled contours of the chosen surface (cached
 * per surface), the arrow field of −∇f (per surface, figure size and arrow style), and the
 * values at the probe. Everything numeric comes from the core's Surface2D (f and gradient).
 */
import { contourPolygonsInSteps, type ContourPolygon } from '~/core/contour/contour-polygons';
import type { InSteps } from '~/core/steps/in-steps';
import { logThresholds } from '~/core/contour/thresholds';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';
import { lruCache } from '~/widgets/kit/lruCache';
import type { PlotRect } from '~/widgets/kit/PlotFigure';
import type { State, SurfaceId } from './state';
import { SURFACES, type SurfaceChoice } from './surfaces';

/** Target spacing of the arrow field, in CSS pixels. */
const ARROW_SPACING = 46;
const GRID_N = 121;
const LEVELS = 12;

export interface View {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  /** CSS pixels per unit (the same along x and y). */
  readonly scale: number;
  readonly innerWidth: number;
  readonly innerHeight: number;
}

/**
 * The surface's window widened along one axis so that a unit of x and a unit of y take the
 * same number of pixels: then arrows and contours meet at their true (right) angles.
 */
export function view(choice: SurfaceChoice, rect: Pick<PlotRect, 'width' | 'height'>): View {
  const iw = Math.max(40, rect.width);
  const ih = Math.max(40, rect.height);
  const [x0, x1] = choice.window.x;
  const [y0, y1] = choice.window.y;
  const scale = Math.min(iw / (x1 - x0), ih / (y1 - y0));
  const wx = iw / scale;
  const wy = ih / scale;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { x: [cx - wx / 2, cx + wx / 2], y: [cy - wy / 2, cy + wy / 2], scale, innerWidth: iw, innerHeight: ih };
}

export interface Contours {
  readonly grid: Grid;
  readonly bands: readonly ContourPolygon[];
  readonly floor: ContourPolygon;
}

/**
 * Filled contours over exactly the area the figure shows (the view depends on the figure's
 * size, so this is recomputed on a resize — not on a probe move). Cached;
 * `contours.inSteps(choice, v)` computes them a level per piece (the figure's first drawing).
 */
export const contours = cachedInSteps(
  (choice: SurfaceChoice, v: View) => `${choice.id}|${v.x.join(',')}|${v.y.join(',')}`,
  contoursInSteps,
  { size: 8 },
);

function* contoursInSteps(choice: SurfaceChoice, v: View): InSteps<Contours> {
  const spec = { x: v.x, y: v.y, nx: GRID_N, ny: GRID_N };
  const grid = evaluateGrid(choice.surface.f, spec);
  const thresholds = logThresholds(grid.min, grid.max, LEVELS, 4);
  yield;
  const bands = yield* contourPolygonsInSteps(grid, thresholds);
  const floor: ContourPolygon = {
    value: thresholds[0] !== undefined ? thresholds[0] / 2 : 1,
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [spec.x[0], spec.y[0]],
            [spec.x[1], spec.y[0]],
            [spec.x[1], spec.y[1]],
            [spec.x[0], spec.y[1]],
            [spec.x[0], spec.y[0]],
          ],
        ],
      ],
    },
  };
  return { grid, bands, floor };
}

export interface FieldArrow {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** |∇f| at the tail. */
  readonly norm: number;
}

const fieldCache = lruCache<readonly FieldArrow[]>({ size: 16 });

/**
 * Arrows of −∇f on a regular lattice (about one per ARROW_SPACING pixels), centred on their
 * lattice points. Length ∝ |∇f| (the longest fills 90 % of a cell), or all equal with `unit`.
 */
export function field(choice: SurfaceChoice, v: View, unit: boolean): readonly FieldArrow[] {
  const key = `${choice.id}|${v.x.join(',')}|${v.y.join(',')}|${unit}`;
  return fieldCache(key, () => {
    const nx = Math.max(3, Math.round(v.innerWidth / ARROW_SPACING));
    const ny = Math.max(3, Math.round(v.innerHeight / ARROW_SPACING));
    const cw = (v.x[1] - v.x[0]) / nx;
    const ch = (v.y[1] - v.y[0]) / ny;
    const cell = Math.min(cw, ch);
    const raw: { x: number; y: number; gx: number; gy: number; n: number }[] = [];
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const x = v.x[0] + (i + 0.5) * cw;
        const y = v.y[0] + (j + 0.5) * ch;
        const g = choice.surface.gradient([x, y]);
        const gx = g[0]!;
        const gy = g[1]!;
        const n = Math.hypot(gx, gy);
        if (Number.isFinite(n)) raw.push({ x, y, gx, gy, n });
      }
    }
    const nmax = Math.max(1e-12, ...raw.map((r) => r.n));
    return raw
      .filter((r) => r.n > 1e-12)
      .map((r) => {
        const len = unit ? 0.7 * cell : 0.9 * cell * (r.n / nmax);
        const ux = -r.gx / r.n;
        const uy = -r.gy / r.n;
        return {
          x1: r.x - (ux * len) / 2,
          y1: r.y - (uy * len) / 2,
          x2: r.x + (ux * len) / 2,
          y2: r.y + (uy * len) / 2,
          norm: r.n,
        };
      });
  });
}

export interface Probe {
  readonly x: number;
  readonly y: number;
  readonly f: number;
  readonly grad: readonly [number, number];
  readonly norm: number;
  /** The nearest known minimiser, if the surface lists any. */
  readonly minimum: readonly [number, number] | null;
  /** Angle in degrees between −∇f and the straight line to that minimum (null at a flat point). */
  readonly angleToMin: number | null;
}

export function probe(choice: SurfaceChoice, x: number, y: number): Probe {
  const s = choice.surface;
  const g = s.gradient([x, y]);
  const gx = g[0]!;
  const gy = g[1]!;
  const norm = Math.hypot(gx, gy);
  let minimum: readonly [number, number] | null = null;
  let best = Infinity;
  for (const m of s.minima) {
    const d = Math.hypot(m[0] - x, m[1] - y);
    if (d < best) {
      best = d;
      minimum = m;
    }
  }
  let angleToMin: number | null = null;
  if (minimum && norm > 1e-12 && best > 1e-9) {
    const dx = (minimum[0] - x) / best;
    const dy = (minimum[1] - y) / best;
    const c = Math.max(-1, Math.min(1, (-gx * dx - gy * dy) / norm));
    angleToMin = (Math.acos(c) * 180) / Math.PI;
  }
  return { x, y, f: s.f(x, y), grad: [gx, gy], norm, minimum, angleToMin };
}

export function choiceOf(id: SurfaceId): SurfaceChoice {
  return SURFACES[id] ?? SURFACES['elongated-bowl'];
}

/** The probe clamped into the surface's window (a hand-edited URL may put it anywhere). */
export function clampProbe(choice: SurfaceChoice, x: number, y: number): [number, number] {
  const [x0, x1] = choice.window.x;
  const [y0, y1] = choice.window.y;
  const cx = Number.isFinite(x) ? Math.min(x1, Math.max(x0, x)) : choice.probe[0];
  const cy = Number.isFinite(y) ? Math.min(y1, Math.max(y0, y)) : choice.probe[1];
  return [cx, cy];
}

export interface Model {
  readonly choice: SurfaceChoice;
  readonly probe: Probe;
  /** Arrows of equal length instead of length ∝ |∇f|. */
  readonly unit: boolean;
}

/** The chosen surface and the values at the probe (clamped into the surface's window). */
export function model(state: State): Model {
  const choice = choiceOf(state.surface);
  const [x, y] = clampProbe(choice, state.x, state.y);
  return { choice, probe: probe(choice, x, y), unit: state.unit };
}
