/** The error panel: |(f(x + h) − f(x))/h − f′(x)| against h on log–log axes, with the
 * truncation error 3h for reference (background, per x) and the current h (overlay). */
import { dot, line, ruleX, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { sci } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { ERROR_DOMAIN, ERROR_FLOOR, errorCurve, type At } from './model';
import { H_DOMAIN } from './state';

export function errorBase(): PlotBase {
  return {
    x: {
      type: 'log',
      domain: [...H_DOMAIN],
      label: 'step h',
      labelAnchor: 'right',
      ticks: 6,
      tickFormat: (d: number) => `1e${Math.round(Math.log10(d))}`.replace('-', '−'),
    },
    y: {
      type: 'log',
      domain: [...ERROR_DOMAIN],
      label: '|error|',
      labelAnchor: 'top',
      ticks: 5,
      tickFormat: (d: number) => `1e${Math.round(Math.log10(d))}`.replace('-', '−'),
    },
    grid: true,
    marginLeft: 52,
  };
}

export function errorBackground(x: number): Layer {
  const pts = errorCurve(x);
  return {
    key: `err-${x}`,
    plot: (): PlotOptions => ({
      marks: [
        line(pts, { x: 'h', y: 'trunc', stroke: color.muted, strokeDasharray: '4,4', clip: true }),
        text([pts[Math.floor(pts.length * 0.75)]!], {
          x: 'h',
          y: 'trunc',
          text: () => '3h',
          dx: -6,
          dy: -8,
          textAnchor: 'end',
          fill: color.muted,
        }),
        line(pts, { x: 'h', y: 'err', stroke: color.series[1], strokeWidth: 1.8, clip: true }),
      ],
    }),
  };
}

export function errorOverlay(p: At): Layer {
  const e = Math.max(ERROR_FLOOR, Math.abs(p.error));
  const right = p.h > 1e-5;
  return {
    key: `${p.x},${p.h}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleX([p.h], { stroke: color.muted, strokeDasharray: '2,3' }),
        dot([{ h: p.h, e }], { x: 'h', y: 'e', r: 5.5, fill: color.series[1], stroke: color.bg, strokeWidth: 2 }),
        text([{ h: p.h, e }], {
          x: 'h',
          y: 'e',
          text: () => `error ${sci(Math.abs(p.error))}`,
          dx: right ? -10 : 10,
          // Below the point when it sits near the top of the panel, above it otherwise.
          dy: e > 1e-2 ? 16 : -10,
          textAnchor: right ? 'end' : 'start',
          fill: color.fg,
          fontWeight: 600,
          stroke: color.bg,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    }),
  };
}
