/**
 * A rotatable 3-D view of a surface z = f(x, y), drawn with Plot from the
 * pure projection core (src/core/project). Layers 0–2: back panes, the surface
 * faces back to front, the axes; layers 3…: whatever the widget overlays (a
 * path riding on the surface, markers), projected by the same camera.
 *
 * The figure is a focusable control (role slider, value = azimuth) with
 * aria-valuetext "azimuth 60°, elevation 22°": ←/→ turn it, ↑/↓ tilt it
 * (Shift ×3), Home returns to the first preset. Mouse, pen and touch drag
 * rotate it. Like every kit figure it is rendered to static SVG at build time.
 * While the view is turning it draws `movingMesh` (fewer faces) if given, and
 * the full mesh again SETTLE_MS after the last step.
 */
import type * as Plot from '@observablehq/plot';
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { boxFrame } from '~/core/project/axes';
import { screenExtent, type Box3 } from '~/core/project/box';
import { describeView, normalizeView, orbitCamera, VIEW_PRESETS, type Camera, type View } from '~/core/project/camera';
import type { SurfaceMesh } from '~/core/project/mesh';
import { projectSurface } from '~/core/project/surface';
import { Button } from '~/widgets/kit/controls/Button';
import { useHydrated } from '~/widgets/kit/context';
import { PlotFigure, type Layer, type Size } from '~/widgets/kit';
import { axisMarks, paneMarks, type AxisTitles } from './boxMarks';
import { viewAfterDrag, viewAfterKey } from './rotateInput';
import { surfaceMarks } from './surfaceMarks';
import './kit3d.css';

export interface ViewPreset {
  readonly label: string;
  readonly view: View;
}

export interface Overlay {
  /** Changes whenever what the overlay shows changes (the view is added by SurfaceView). */
  readonly key: string;
  marks(camera: Camera, size: Size): Plot.Markish[];
}

export interface SurfaceViewProps {
  /** data-kit-figure value, unique within the widget. */
  readonly name: string;
  /** What the figure shows, e.g. "Loss surface ‖y − Xβ‖² in 3-D". */
  readonly label: string;
  readonly mesh: SurfaceMesh;
  /** Identity of the mesh (it is rebuilt only when this changes). */
  readonly meshKey: string;
  /**
   * The same surface with fewer faces, drawn instead of `mesh` while the view
   * is turning (a drag, held arrow keys, the other view of a linked pair): a
   * rotation step costs about in proportion to the faces drawn. The full mesh
   * is drawn again SETTLE_MS after the last step. Same box as `mesh`.
   */
  readonly movingMesh?: SurfaceMesh;
  readonly view: View;
  onView(view: View): void;
  readonly titles: AxisTitles;
  /** Marks projected by the same camera, each overlay a layer of its own (drawn in order, above the surface). */
  readonly overlays?: readonly Overlay[];
  /** Buttons that jump to a view. */
  readonly presets?: readonly ViewPreset[];
  /** Where Home goes (default: the first preset, else the recipe's view). */
  readonly home?: View;
  readonly ssrWidth?: number;
  /** Draw the faint outline of every face (default true). */
  readonly wire?: boolean;
}

/**
 * The box fills the figure (room for its labels is in the domains): the same data units per pixel
 * in x and y at every size, and the faces' layer scales with the figure (PlotFigure's
 * scalesWithFigure).
 */
const NO_MARGINS = { marginTop: 0, marginRight: 0, marginBottom: 0, marginLeft: 0 } as const;

/** The full mesh returns this long after the view last changed. */
export const SETTLE_MS = 220;

/** Height / width of the figure. */
const ASPECT = 0.76;
/** Room for tick labels and axis titles around the box, in unit-box units. */
const LABEL_ROOM = { x: 0.2, y: 0.12 };

/**
 * Scale domains that fit the box (and its labels) at this elevation for every
 * azimuth, with the same data units per pixel in x and y so it is never
 * squashed: turning never zooms, tilting zooms smoothly.
 */
function domains(box: Box3, elevation: number, size: Size): { x: [number, number]; y: [number, number] } {
  const ext = screenExtent(box, elevation);
  const needX = ext.halfWidth + LABEL_ROOM.x;
  const needY = ext.halfHeight + LABEL_ROOM.y;
  const perPx = Math.max((2 * needX) / size.width, (2 * needY) / size.height);
  const hx = (perPx * size.width) / 2;
  const hy = (perPx * size.height) / 2;
  return { x: [-hx, hx], y: [-hy, hy] };
}

export function SurfaceView(p: SurfaceViewProps): JSX.Element {
  const hydrated = useHydrated();
  const view = normalizeView(p.view);
  const { azimuth, elevation } = view;
  const camera = useMemo(() => orbitCamera({ azimuth, elevation }), [azimuth, elevation]);
  const viewKey = `${azimuth}|${elevation}`;
  const home = p.home ?? p.presets?.[0]?.view ?? VIEW_PRESETS.lecture;
  const drag = useRef<{ id: number; x: number; y: number; view: View } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  // Level of detail: a view change that follows another within SETTLE_MS is
  // part of a turn, drawn with the moving mesh; a single jump (a preset) is not.
  // The first view is no change: a view that a link sets just after hydration
  // (the server's view first, then the URL's) is one jump, not a turn.
  const [moving, setMoving] = useState(false);
  const lastChange = useRef(Number.NEGATIVE_INFINITY);
  const mounted = useRef(false);
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hasMovingMesh = p.movingMesh !== undefined;
  useLayoutEffect(() => {
    if (!hasMovingMesh) return;
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const now = performance.now();
    if (now - lastChange.current < SETTLE_MS) setMoving(true);
    lastChange.current = now;
    clearTimeout(settle.current);
    settle.current = setTimeout(() => setMoving(false), SETTLE_MS);
  }, [viewKey, hasMovingMesh]);
  useEffect(() => () => clearTimeout(settle.current), []);
  const coarse = moving && hasMovingMesh;
  const mesh = coarse ? p.movingMesh! : p.mesh;

  const boxAxes = useMemo(() => boxFrame(p.mesh.box, camera), [p.mesh, camera]);
  const scaleFor = (size: Size) => {
    const d = domains(p.mesh.box, view.elevation, size);
    return { x: { domain: d.x, axis: null }, y: { domain: d.y, axis: null } };
  };
  const small = (size: Size) => size.width < 420;
  // The box's back panes, the faces, then the axes in front: three layers, so that the faces
  // (geometry only) scale with the figure and a phone's first drawing keeps the server's.
  const layers: Layer[] = [
    { key: `${p.meshKey}|${viewKey}`, plot: (size) => ({ ...scaleFor(size), marks: paneMarks(boxAxes) }) },
    {
      key: `${p.meshKey}|${coarse ? 'moving' : 'full'}|${viewKey}|${p.wire ?? true}`,
      scalesWithFigure: true,
      plot: (size) => ({ ...scaleFor(size), marks: surfaceMarks(projectSurface(mesh, camera), p.wire ?? true) }),
    },
    {
      key: `${p.meshKey}|${viewKey}`,
      plot: (size) => ({ ...scaleFor(size), marks: axisMarks(boxAxes, p.titles, small(size) ? 10 : 11) }),
    },
  ];
  for (const ov of p.overlays ?? []) {
    layers.push({
      key: `${ov.key}|${viewKey}`,
      plot: (size) => ({ ...scaleFor(size), marks: ov.marks(camera, size) }),
    });
  }

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!hydrated) return;
    const next = viewAfterKey(view, e.key, e.shiftKey, home);
    if (!next) return;
    e.preventDefault();
    p.onView(next);
  };
  const onPointerDown = (e: PointerEvent): void => {
    if (!hydrated || e.button !== 0) return;
    const el = e.currentTarget as HTMLElement;
    el.setPointerCapture?.(e.pointerId);
    el.focus({ preventScroll: true });
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, view };
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent): void => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    p.onView(viewAfterDrag(d.view, e.clientX - d.x, e.clientY - d.y, r.width, r.height));
  };
  const end = (e: PointerEvent): void => {
    if (drag.current?.id === e.pointerId) drag.current = null;
  };

  return (
    <div class="kit3d">
      <div
        ref={box}
        class="kit3d-rotor"
        tabIndex={0}
        role="slider"
        aria-label={`${p.label}. Drag, or use the arrow keys, to turn and tilt it`}
        aria-valuemin={0}
        aria-valuemax={359}
        aria-valuenow={Math.round(view.azimuth) % 360}
        aria-valuetext={describeView(view)}
        aria-orientation="horizontal"
        data-kit3d-view={viewKey}
        data-kit3d-detail={coarse ? 'moving' : 'full'}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={end}
        onPointerCancel={end}
      >
        <PlotFigure
          name={p.name}
          label={p.label}
          base={NO_MARGINS}
          layers={layers}
          aspect={ASPECT}
          minHeight={0}
          maxHeight={4000}
          ssrWidth={p.ssrWidth ?? 560}
        />
      </div>
      <div class="kit3d-bar" data-pagefind-ignore="">
        <span class="kit3d-readout" aria-hidden="true">
          {describeView(view)}
        </span>
        {(p.presets ?? []).map((pr) => (
          <Button
            class="kit3d-preset"
            key={pr.label}
            aria-pressed={
              view.azimuth === normalizeView(pr.view).azimuth && view.elevation === normalizeView(pr.view).elevation
            }
            onClick={() => p.onView(normalizeView(pr.view))}
          >
            {pr.label}
          </Button>
        ))}
      </div>
    </div>
  );
}
