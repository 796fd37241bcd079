/** The path of β over the filled contours of ‖y − Xβ‖² (background), and the run up to iteration k (overlay). */
import * as Plot from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { pixelScale, type Layer, type PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import { thinPath } from '~/widgets/kit/thin';
import { betaHatMarks, currentMarks, pathSlice, type PathPoint } from './marks';
import type { Model } from './model';

export function contourBase(f: Model): PlotBase {
  const { grid } = f.surface;
  return {
    x: {
      domain: [grid.x0, grid.x1],
      label: 'β₀ (intercept)',
      labelAnchor: 'right',
    },
    y: { domain: [grid.y0, grid.y1], label: 'β₁ (slope)', labelAnchor: 'top' },
    marginLeft: 40,
  };
}

export function contourBackground(f: Model): Layer {
  const { contours, grid } = f.surface;
  return {
    key: f.surface.key,
    plot: () => ({
      color: {
        type: 'log',
        scheme: 'viridis',
        domain: [f.problem.lossHat, Math.max(grid.max, f.problem.lossHat * 2)],
      },
      marks: [
        Plot.geo(contours, {
          geometry: 'geometry',
          fill: 'value',
          fillOpacity: 0.9,
          stroke: color.bg,
          strokeOpacity: 0.35,
          strokeWidth: 0.6,
          render: polygonsRender,
        }),
        Plot.frame({ stroke: color.grid }),
      ],
    }),
  };
}

export function contourOverlay(f: Model): Layer {
  return {
    key: `${f.runKey}|${f.k}|${f.surface.key}`,
    // Built only when the key changes (not on every render, e.g. while the 3-D view turns).
    plot: (ctx) => {
      const path = pathSlice(f.run, f.k, f.surface.grid);
      // Thinned in pixels.
      const { kx, ky } = pixelScale(ctx);
      const px = (p: PathPoint, q: PathPoint): number => Math.hypot((p.b0 - q.b0) * kx, (p.b1 - q.b1) * ky);
      const line = thinPath(path.points, 0.75, px);
      const dots = thinPath(path.early, 4, px);
      return {
        marks: [
          Plot.line(line, {
            x: 'b0',
            y: 'b1',
            stroke: color.bg,
            strokeWidth: 4.5,
            strokeOpacity: 0.8,
            clip: true,
          }),
          Plot.line(line, {
            x: 'b0',
            y: 'b1',
            stroke: color.accent,
            strokeWidth: 2,
            clip: true,
          }),
          Plot.dot(dots, {
            x: 'b0',
            y: 'b1',
            r: 2.5,
            fill: color.accent,
            stroke: color.bg,
            strokeWidth: 0.8,
            clip: true,
          }),
          ...currentMarks([path.current.b0, path.current.b1]),
          ...(path.outside
            ? [
                Plot.text([path.current], {
                  frameAnchor: 'top-left',
                  text: () => 'β has left this window',
                  dx: 6,
                  dy: 6,
                  fill: color.warn,
                  fontWeight: 600,
                }),
              ]
            : []),
        ],
      };
    },
  };
}

/**
 * The run's start and the closed-form β̂, drawn above the path. A layer of
 * their own: they do not move while the scrubber does, so a scrub step does
 * not redraw them.
 */
export function contourLandmarks(f: Model): Layer {
  return {
    key: `${f.runKey}|${f.surface.key}`,
    plot: () => ({
      marks: [
        Plot.dot([{ b0: f.run.b0[0]!, b1: f.run.b1[0]! }], {
          x: 'b0',
          y: 'b1',
          r: 4.5,
          fill: color.bg,
          stroke: color.accent,
          strokeWidth: 2,
          clip: true,
        }),
        ...betaHatMarks([f.problem.betaHat[0], f.problem.betaHat[1]], 'xy'),
      ],
    }),
  };
}
