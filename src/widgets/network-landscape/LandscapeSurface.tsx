/**
 * The loss landscape as a rotatable 3-D surface (kit3d's SurfaceView), with the parameters
 * reached starred at (0, 0) and, on the PCA plane, the projected training path drawn at the
 * landscape's height. Loaded with import() only when the student asks for the 3-D view, so the
 * chapter's JavaScript does not carry the projection code otherwise.
 */
import type { JSX } from 'preact';
import { VIEW_PRESETS, type View } from '~/core/project/camera';
import { makeBox, type Box3 } from '~/core/project/box';
import { surfaceMesh, type SurfaceMesh } from '~/core/project/mesh';
import { linspace } from '~/core/grid/grid';
import { lruCache } from '~/widgets/kit/lruCache';
import { pathOverlay, starOverlay } from '~/widgets/kit3d/pathOverlay';
import { SurfaceView, type Overlay } from '~/widgets/kit3d/SurfaceView';
import type { LandscapeView, SampledGrid } from './training-task';

const PRESETS = [
  { label: 'Side view', view: VIEW_PRESETS.lecture },
  { label: 'From above', view: VIEW_PRESETS.overhead },
];

/** Every FULL_STEP-th grid node at rest (21 × 21 of the 41 × 41 grid), every MOVING_STEP-th while turning. */
const FULL_STEP = 2;
const MOVING_STEP = 4;

export interface Surface {
  readonly box: Box3;
  readonly mesh: SurfaceMesh;
  readonly movingMesh: SurfaceMesh;
}

/** Indices 0, step, 2·step, … of n nodes, always ending with n − 1. */
function nodes(n: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n - 1; i += step) out.push(i);
  out.push(n - 1);
  return out;
}

function meshOf(g: SampledGrid, box: Box3, step: number): SurfaceMesh {
  const xs = linspace(g.x[0], g.x[1], g.nx);
  const ys = linspace(g.y[0], g.y[1], g.ny);
  const is = nodes(g.nx, step);
  const js = nodes(g.ny, step);
  const values = new Float64Array(is.length * js.length);
  js.forEach((j, b) => is.forEach((i, a) => (values[b * is.length + a] = g.values[j * g.nx + i]!)));
  return surfaceMesh(
    { xs: Float64Array.from(is, (i) => xs[i]!), ys: Float64Array.from(js, (j) => ys[j]!), values },
    box,
  );
}

/** The landscape's surface, or null when there is nothing to draw (no plane, or a flat loss). */
export function landscapeSurface(l: LandscapeView): Surface | null {
  if (l.problem !== undefined || l.drawing === null) return null;
  const g = l.grid;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of g.values) {
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!(hi > lo) || !Number.isFinite(l.centre)) return null;
  const box = makeBox([...g.x], [...g.y], [Math.min(lo, l.centre), hi]);
  return { box, mesh: meshOf(g, box, FULL_STEP), movingMesh: meshOf(g, box, MOVING_STEP) };
}

const surfaces = lruCache<Surface | null>({ size: 4 });

export interface LandscapeSurfaceProps {
  /** data-kit-figure value. */
  readonly name: string;
  /** The network, e.g. "[2, 4, 4, 1]". */
  readonly network: string;
  readonly landscape: LandscapeView;
  /** Identity of the landscape (the worker task's result key). */
  readonly landscapeKey: string;
  readonly view: View;
  onView(view: View): void;
}

export function LandscapeSurface(p: LandscapeSurfaceProps): JSX.Element | null {
  const l = p.landscape;
  const surface = surfaces(p.landscapeKey, () => landscapeSurface(l));
  if (surface === null) return null;
  const overlays: Overlay[] = [];
  if (l.path) {
    overlays.push(
      pathOverlay({
        key: `${p.landscapeKey}|path`,
        box: surface.box,
        xs: l.path.alpha,
        ys: l.path.beta,
        zs: l.path.loss,
        label: 'training path projected onto the plane',
        startLabel: 'start',
      }),
    );
  }
  overlays.push(
    starOverlay({
      key: `${p.landscapeKey}|star`,
      box: surface.box,
      x: 0,
      y: 0,
      z: l.centre,
      label: 'the parameters reached',
    }),
  );
  return (
    <SurfaceView
      name={p.name}
      label={`Loss landscape of the ${p.network} network in 3-D`}
      mesh={surface.mesh}
      movingMesh={surface.movingMesh}
      meshKey={p.landscapeKey}
      view={p.view}
      onView={p.onView}
      // short titles: longer ones run into the tick labels at 360 px (the contour map names the directions)
      titles={{ x: 'α', y: 'β', z: 'loss' }}
      overlays={overlays}
      presets={PRESETS}
      ssrWidth={360}
    />
  );
}
