/** The minima of a surface, projected onto its 3-D view (an overlay for SurfaceView). */
import * as Plot from '@observablehq/plot';
import type { Camera } from '~/core/project/camera';
import { projectPolyline } from '~/core/project/polyline';
import { color } from '~/widgets/kit/colors';
import type { Overlay } from '~/widgets/kit3d/SurfaceView';
import type { SurfaceModel } from './model';

export function minimaOverlay(m: SurfaceModel): Overlay {
  return {
    key: m.id,
    marks(camera: Camera): Plot.Markish[] {
      const pts = projectPolyline(
        m.mesh.box,
        camera,
        m.minima.map((p) => p.x),
        m.minima.map((p) => p.y),
        m.minima.map((p) => p.f),
      ).map((s, i) => ({ ...s, global: m.minima[i]!.global }));
      const local = pts.filter((p) => !p.global);
      const global = pts.filter((p) => p.global);
      return [
        Plot.dot(local, { x: 'x', y: 'y', r: 5, fill: 'none', stroke: color.bg, strokeWidth: 4 }),
        Plot.dot(local, { x: 'x', y: 'y', r: 5, fill: 'none', stroke: color.accent, strokeWidth: 2 }),
        Plot.dot(global, { x: 'x', y: 'y', symbol: 'star', r: 7, fill: color.fg, stroke: color.bg, strokeWidth: 1.5 }),
      ];
    },
  };
}
