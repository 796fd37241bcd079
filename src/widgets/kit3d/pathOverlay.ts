/**
 * Generic overlays for SurfaceView: a path riding on the surface (points (x, y, z), e.g. a
 * descent or training path with z its loss) with its start marked, and a starred point (a
 * minimum, the parameters reached). Points outside the box are pinned to it by the projection
 * and drawn dashed / hollow, so the figure never pretends they are where they are drawn.
 */
import * as Plot from '@observablehq/plot';
import type { Box3 } from '~/core/project/box';
import type { Camera } from '~/core/project/camera';
import { projectPolyline, type ScreenVertex } from '~/core/project/polyline';
import { color } from '~/widgets/kit/colors';
import { thinPath } from '~/widgets/kit/thin';
import type { Overlay } from './SurfaceView';

export interface PathOverlayOptions {
  /** Changes whenever the path or the box changes. */
  readonly key: string;
  readonly box: Box3;
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  readonly zs: ArrayLike<number>;
  /** aria-label of the line, e.g. 'training path'. */
  readonly label: string;
  /** Text beside the first point (none when absent). */
  readonly startLabel?: string;
}

/** Screen gap (unit-box units) below which a vertex is dropped: late steps pile up. */
const MIN_GAP = 0.002;

export function pathOverlay(o: PathOverlayOptions): Overlay {
  return {
    key: o.key,
    marks(camera: Camera): Plot.Markish[] {
      const all = projectPolyline(o.box, camera, o.xs, o.ys, o.zs);
      if (all.length === 0) return [];
      const pts = thinPath(all, MIN_GAP, (p, q) => Math.hypot(p.x - q.x, p.y - q.y), {
        keep: (p, q) => p.clipped !== q.clipped,
      });
      // NaN breaks the solid line where a vertex was pinned; those segments are only hinted at.
      const solid = pts.map((p) => (p.clipped ? { x: Number.NaN, y: Number.NaN } : p));
      const hinted: Array<{ a: ScreenVertex; b: ScreenVertex }> = [];
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1]!;
        const b = pts[i]!;
        if (a.clipped || b.clipped) hinted.push({ a, b });
      }
      const start = all[0]!;
      return [
        Plot.link(hinted, {
          x1: (d: { a: ScreenVertex }) => d.a.x,
          y1: (d: { a: ScreenVertex }) => d.a.y,
          x2: (d: { b: ScreenVertex }) => d.b.x,
          y2: (d: { b: ScreenVertex }) => d.b.y,
          stroke: color.accent,
          strokeWidth: 1,
          strokeDasharray: '3,3',
          strokeOpacity: 0.7,
        }),
        Plot.line(solid, { x: 'x', y: 'y', stroke: color.bg, strokeWidth: 4.5, strokeOpacity: 0.8 }),
        Plot.line(solid, { ariaLabel: () => o.label, x: 'x', y: 'y', stroke: color.accent, strokeWidth: 2.2 }),
        Plot.dot([start], {
          x: 'x',
          y: 'y',
          r: 4.5,
          fill: color.bg,
          stroke: color.accent,
          strokeWidth: 2,
          ...(start.clipped ? { strokeDasharray: '2,2' } : {}),
        }),
        ...(o.startLabel === undefined
          ? []
          : [
              Plot.text([start], {
                x: 'x',
                y: 'y',
                text: () => o.startLabel,
                dy: -12,
                fill: color.fg,
                stroke: color.bg,
                strokeWidth: 3,
                paintOrder: 'stroke',
              }),
            ]),
      ];
    },
  };
}

export interface StarOverlayOptions {
  readonly key: string;
  readonly box: Box3;
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** aria-label of the star, e.g. 'the parameters reached'. */
  readonly label: string;
  /** Draw a dashed line from the star down to the floor of the box (default true). */
  readonly drop?: boolean;
}

/** A star at (x, y, z), with a dashed drop line to the floor so its place in the plane reads. */
export function starOverlay(o: StarOverlayOptions): Overlay {
  return {
    key: o.key,
    marks(camera: Camera): Plot.Markish[] {
      const [top, floor] = projectPolyline(o.box, camera, [o.x, o.x], [o.y, o.y], [o.z, o.box.z[0]]) as [
        ScreenVertex,
        ScreenVertex,
      ];
      return [
        ...((o.drop ?? true)
          ? [
              Plot.link([{ top, floor }], {
                x1: (d: { floor: ScreenVertex }) => d.floor.x,
                y1: (d: { floor: ScreenVertex }) => d.floor.y,
                x2: (d: { top: ScreenVertex }) => d.top.x,
                y2: (d: { top: ScreenVertex }) => d.top.y,
                stroke: color.fg,
                strokeDasharray: '3,3',
              }),
            ]
          : []),
        Plot.dot([top], {
          ariaLabel: () => o.label,
          x: 'x',
          y: 'y',
          symbol: 'star',
          r: 8,
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 1.5,
        }),
      ];
    },
  };
}
