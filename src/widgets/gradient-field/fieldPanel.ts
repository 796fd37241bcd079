/** The gradient-field figure: filled contours and minima (layer 0), the arrow field of −∇f
 * (layer 1), and the probe with ∇f, −∇f, the contour direction and the line to the nearest
 * minimum (layer 2). Every layer derives the same equal-scale view from the figure size. */
import { arrow, dot, geo, line, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import type { Layer, LayerContext, PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import { contours, field, view, type Probe } from './model';
import type { SurfaceChoice } from './surfaces';

const halo = { stroke: color.bg, strokeWidth: 3.5, paintOrder: 'stroke' } as const;
/** Length of the probe's arrows, in CSS pixels. */
const PROBE_ARROW_PX = 64;

function scales(choice: SurfaceChoice, ctx: LayerContext) {
  const v = view(choice, ctx.plotRect);
  return { v, x: { domain: [...v.x] }, y: { domain: [...v.y] } };
}

export function fieldBase(choice: SurfaceChoice): PlotBase {
  return {
    marginBottom: 38,
    marginLeft: 40,
    x: { domain: [...choice.window.x], label: 'w₁', labelAnchor: 'right' },
    y: { domain: [...choice.window.y], label: 'w₂', labelAnchor: 'top' },
    color: { type: 'log', scheme: 'viridis' },
  };
}

export function contourLayer(choice: SurfaceChoice): Layer {
  return {
    key: `contours-${choice.id}`,
    prepare: (ctx) => contours.inSteps(choice, scales(choice, ctx).v),
    plot: (ctx): PlotOptions => {
      const s = scales(choice, ctx);
      const c = contours(choice, s.v);
      return {
        x: s.x,
        y: s.y,
        marks: [
          geo([c.floor], { geometry: 'geometry', fill: 'value', fillOpacity: 0.5, clip: true, render: polygonsRender }),
          geo(c.bands, {
            geometry: 'geometry',
            fill: 'value',
            fillOpacity: 0.5,
            stroke: color.fg,
            strokeOpacity: 0.25,
            strokeWidth: 0.7,
            clip: true,
            render: polygonsRender,
          }),
          dot(choice.surface.minima, {
            x: (m: readonly number[]) => m[0],
            y: (m: readonly number[]) => m[1],
            symbol: 'times',
            r: 5,
            stroke: color.fg,
            strokeWidth: 2.2,
          }),
        ],
      };
    },
  };
}

export function arrowLayer(choice: SurfaceChoice, unit: boolean): Layer {
  return {
    key: `field-${choice.id}-${unit}`,
    plot: (ctx): PlotOptions => {
      const s = scales(choice, ctx);
      const arrows = field(choice, s.v, unit);
      return {
        x: s.x,
        y: s.y,
        marks: [
          arrow(arrows, {
            x1: 'x1',
            y1: 'y1',
            x2: 'x2',
            y2: 'y2',
            stroke: color.fg,
            strokeOpacity: 0.8,
            strokeWidth: 1.4,
            headLength: 6,
            clip: true,
          }),
        ],
      };
    },
  };
}

export function probeLayer(choice: SurfaceChoice, p: Probe): Layer {
  return {
    key: `probe-${choice.id}-${p.x},${p.y}`,
    plot: (ctx): PlotOptions => {
      const s = scales(choice, ctx);
      const len = PROBE_ARROW_PX / s.v.scale;
      const marks = [];
      if (p.minimum) {
        marks.push(line([[p.x, p.y], p.minimum], { stroke: color.muted, strokeDasharray: '2,4', strokeWidth: 1.5 }));
      }
      if (p.norm > 1e-12) {
        const ux = p.grad[0] / p.norm;
        const uy = p.grad[1] / p.norm;
        // The contour through the probe runs at right angles to the gradient.
        marks.push(
          line(
            [
              [p.x - uy * len * 0.8, p.y + ux * len * 0.8],
              [p.x + uy * len * 0.8, p.y - ux * len * 0.8],
            ],
            { stroke: color.fg, strokeDasharray: '5,3', strokeWidth: 1.5 },
          ),
          arrow([{}], {
            x1: p.x,
            y1: p.y,
            x2: p.x + ux * len,
            y2: p.y + uy * len,
            stroke: color.series[1],
            strokeWidth: 3,
            headLength: 10,
            insetStart: 6,
          }),
          arrow([{}], {
            x1: p.x,
            y1: p.y,
            x2: p.x - ux * len,
            y2: p.y - uy * len,
            stroke: color.accent,
            strokeWidth: 3.5,
            headLength: 11,
            insetStart: 6,
          }),
          text([{}], {
            x: p.x + ux * len,
            y: p.y + uy * len,
            text: () => '∇f',
            dx: ux >= 0 ? 8 : -8,
            dy: uy >= 0 ? -6 : 12,
            textAnchor: ux >= 0 ? 'start' : 'end',
            fill: color.series[1],
            fontWeight: 700,
            fontSize: 13,
            ...halo,
          }),
          text([{}], {
            x: p.x - ux * len,
            y: p.y - uy * len,
            text: () => '−∇f',
            dx: ux < 0 ? 8 : -8,
            dy: uy < 0 ? -6 : 12,
            textAnchor: ux < 0 ? 'start' : 'end',
            fill: color.accent,
            fontWeight: 700,
            fontSize: 13,
            ...halo,
          }),
        );
      }
      marks.push(dot([{}], { x: p.x, y: p.y, r: 6.5, fill: color.accent, stroke: color.bg, strokeWidth: 2 }));
      return { x: s.x, y: s.y, marks };
    },
  };
}
