/** Filled contours of one surface with its minima marked (global: star, local: ring). */
import * as Plot from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import type { SurfaceModel } from './model';

export function contourBase(m: SurfaceModel): PlotBase {
  return {
    x: { domain: [...m.surface.domain.x], label: 'w₁', labelAnchor: 'right' },
    y: { domain: [...m.surface.domain.y], label: 'w₂', labelAnchor: 'top' },
    marginLeft: 36,
  };
}

export function contourLayer(m: SurfaceModel): Layer {
  const local = m.minima.filter((p) => !p.global);
  const global = m.minima.filter((p) => p.global);
  return {
    key: m.id,
    plot: () => ({
      color: { type: 'linear', scheme: 'viridis', domain: [m.grid.min, m.zRange[1]], clamp: true },
      marks: [
        Plot.geo(m.contours, {
          geometry: 'geometry',
          fill: 'value',
          stroke: color.bg,
          strokeOpacity: 0.35,
          strokeWidth: 0.6,
          render: polygonsRender,
        }),
        Plot.frame({ stroke: color.grid }),
        Plot.dot(local, { x: 'x', y: 'y', r: 6, fill: 'none', stroke: color.bg, strokeWidth: 4 }),
        Plot.dot(local, { x: 'x', y: 'y', r: 6, fill: 'none', stroke: color.accent, strokeWidth: 2 }),
        Plot.dot(global, { x: 'x', y: 'y', symbol: 'star', r: 8, fill: color.fg, stroke: color.bg, strokeWidth: 1.5 }),
      ],
    }),
  };
}
