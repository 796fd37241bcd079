/** The path (β₀, β₁, L) riding on the 3-D loss surface: an overlay for kit3d's SurfaceView. */
import * as Plot from '@observablehq/plot';
import type { Camera } from '~/core/project/camera';
import { projectPolyline } from '~/core/project/polyline';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import type { Overlay } from '~/widgets/kit3d/SurfaceView';
import { thinPath } from '~/widgets/kit/thin';
import { currentMarks, isMarkedIteration } from './marks';
import type { Model } from './model';

export function surfaceOverlay(f: Model): Overlay {
  return {
    key: `${f.runKey}|${f.k}|${f.surface.key}`,
    marks(camera: Camera): Plot.Markish[] {
      const box = f.surface.box;
      const n = f.k + 1;
      const all = projectPolyline(
        box,
        camera,
        f.run.b0.subarray(0, n),
        f.run.b1.subarray(0, n),
        f.run.loss.subarray(0, n),
      );
      // Late iterations pile up near β̂: keep a vertex only when it is visibly apart from the last kept one.
      const pts = thinPath(all, 0.002, (p, q) => Math.hypot(p.x - q.x, p.y - q.y), {
        keep: (p, q) => p.clipped !== q.clipped,
      });
      const inside = pts.filter((p) => !p.clipped);
      const solid = pts.map((p) => (p.clipped ? { x: Number.NaN, y: Number.NaN } : p));
      const hidden: Array<{ x1: number; y1: number; x2: number; y2: number }> = [];
      for (let i = 1; i < pts.length; i++) {
        const a = pts[i - 1]!;
        const b = pts[i]!;
        if (a.clipped || b.clipped) hidden.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y });
      }
      const pinned = pts.filter((p) => p.clipped && isMarkedIteration(p.index));
      const dots = inside.filter((p) => isMarkedIteration(p.index));
      const cur = pts[pts.length - 1]!;
      return [
        // Segments that touch a point pinned to the lid are only hinted at (thin, dashed);
        // the path on the surface is solid (NaN breaks the line; Plot draws no NaN).
        Plot.link(hidden, {
          x1: 'x1',
          y1: 'y1',
          x2: 'x2',
          y2: 'y2',
          stroke: color.accent,
          strokeWidth: 1,
          strokeDasharray: '3,3',
          strokeOpacity: 0.7,
        }),
        Plot.line(solid, { x: 'x', y: 'y', stroke: color.bg, strokeWidth: 4, strokeOpacity: 0.7 }),
        Plot.line(solid, { ariaLabel: () => 'descent path', x: 'x', y: 'y', stroke: color.accent, strokeWidth: 2 }),
        dotsPath(dots, { r: 2.2, fill: color.accent }),
        Plot.dot(pinned, { x: 'x', y: 'y', r: 4, fill: color.bg, stroke: color.accent, strokeWidth: 1.5 }),
        ...currentMarks([cur.x, cur.y], cur.clipped),
      ];
    },
  };
}

/** β̂ on the surface, with a dashed drop line to the floor: moves with the view only, not with the scrubber. */
export function surfaceLandmarks(f: Model): Overlay {
  return {
    key: f.surface.key,
    marks(camera: Camera): Plot.Markish[] {
      const box = f.surface.box;
      const [hb0, hb1] = f.problem.betaHat;
      const hat = projectPolyline(box, camera, [hb0], [hb1], [f.problem.lossHat])[0]!;
      const floor = projectPolyline(box, camera, [hb0], [hb1], [box.z[0]])[0]!;
      return [
        Plot.link([{ a: floor, b: hat }], {
          x1: (d: { a: { x: number } }) => d.a.x,
          y1: (d: { a: { y: number } }) => d.a.y,
          x2: (d: { b: { x: number } }) => d.b.x,
          y2: (d: { b: { y: number } }) => d.b.y,
          stroke: color.fg,
          strokeDasharray: '3,3',
        }),
        Plot.dot([hat], {
          ariaLabel: () => 'closed-form solution',
          x: 'x',
          y: 'y',
          symbol: 'star',
          r: 7,
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 1.5,
        }),
      ];
    },
  };
}
