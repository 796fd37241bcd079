/** The curve panel: f(x) and its minimum (background); the tangent at x, the secant through
 * x and x + h, and the two points (overlay). */
import { dot, line, ruleX, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { curve, f, Y_DOMAIN, type At } from './model';
import { X_DOMAIN } from './state';

const halo = { stroke: color.bg, strokeWidth: 3, paintOrder: 'stroke' } as const;

export function curveBase(): PlotBase {
  return {
    x: { domain: [...X_DOMAIN], label: 'x', labelAnchor: 'right' },
    y: { domain: [...Y_DOMAIN], label: 'f(x)', labelAnchor: 'top' },
    grid: true,
  };
}

export function curveBackground(): Layer {
  const v = f.vertex!;
  return {
    key: 'curve',
    plot: (): PlotOptions => ({
      marks: [
        line(curve(), { x: 'x', y: 'y', stroke: color.series[0], strokeWidth: 2.5 }),
        dot([v], { x: 'x', y: 'y', r: 4, stroke: color.fg, fill: color.bg, strokeWidth: 1.5 }),
        text([v], { x: 'x', y: 'y', text: () => 'minimum (2/3, 11/3)', dy: 16, fill: color.muted }),
        text([{ x: 3.9, y: f.value(3.9) }], {
          x: 'x',
          y: 'y',
          text: () => 'f(x) = 3x² − 4x + 5',
          dx: -8,
          textAnchor: 'end',
          fill: color.series[0],
          fontWeight: 600,
          ...halo,
        }),
      ],
    }),
  };
}

/** The straight line through (x0, y0) with slope m, across the whole window. */
function across(x0: number, y0: number, m: number) {
  return X_DOMAIN.map((x) => ({ x, y: y0 + m * (x - x0) }));
}

export function curveOverlay(p: At): Layer {
  const showSecant = Number.isFinite(p.quotient);
  const right = p.x > 0;
  return {
    key: `${p.x},${p.h}`,
    plot: (): PlotOptions => ({
      marks: [
        ...(showSecant
          ? [
              line(across(p.x, p.fx, p.quotient), {
                x: 'x',
                y: 'y',
                stroke: color.series[1],
                strokeWidth: 2,
                strokeDasharray: '6,4',
                clip: true,
              }),
              ruleX([p.x2], {
                y1: Y_DOMAIN[0],
                y2: p.fx2,
                stroke: color.series[1],
                strokeOpacity: 0.5,
                strokeDasharray: '2,3',
                clip: true,
              }),
              dot([{ x: p.x2, y: p.fx2 }], {
                x: 'x',
                y: 'y',
                r: 4.5,
                fill: color.series[1],
                stroke: color.bg,
                strokeWidth: 1.5,
                clip: true,
              }),
            ]
          : []),
        line(across(p.x, p.fx, p.slope), { x: 'x', y: 'y', stroke: color.accent, strokeWidth: 2.5, clip: true }),
        ruleX([p.x], { y1: Y_DOMAIN[0], y2: p.fx, stroke: color.muted, strokeDasharray: '2,3' }),
        dot([{ x: p.x, y: p.fx }], { x: 'x', y: 'y', r: 6.5, fill: color.accent, stroke: color.bg, strokeWidth: 2 }),
        text([{ x: p.x, y: p.fx }], {
          x: 'x',
          y: 'y',
          text: () => `slope ${fmt(p.slope)}`,
          dx: right ? -12 : 12,
          dy: -12,
          textAnchor: right ? 'end' : 'start',
          fill: color.accent,
          fontWeight: 700,
          fontSize: 13,
          ...halo,
        }),
      ],
    }),
  };
}
