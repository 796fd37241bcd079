/** A cross-section panel: the MSE along one parameter with the other held at the current
 * value, and the current point on it. */
import { dot, line, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import type { AtPoint, Static } from './model';
import { B_DOMAIN, W_DOMAIN } from './state';

export type Along = 'w' | 'b';

export function sectionBase(s: Static, along: Along): PlotBase {
  return {
    x: {
      domain: along === 'w' ? [...W_DOMAIN] : [...B_DOMAIN],
      label: along === 'w' ? 'slope w' : 'intercept b',
      labelAnchor: 'right',
    },
    y: { domain: [...s.lossDomain], label: 'MSE', labelAnchor: 'top' },
    grid: true,
    marginLeft: 36,
    marginTop: 20,
  };
}

export function sectionBackground(along: Along): Layer {
  return {
    key: `axes-${along}`,
    plot: (): PlotOptions => ({
      marks: [ruleY([0], { stroke: color.muted })],
    }),
  };
}

export function sectionOverlay(p: AtPoint, along: Along): Layer {
  const sec = along === 'w' ? p.alongW : p.alongB;
  const at = along === 'w' ? p.w : p.b;
  const stroke = along === 'w' ? color.series[0] : color.series[1];
  const [lo, hi] = along === 'w' ? W_DOMAIN : B_DOMAIN;
  const right = at > (lo + hi) / 2;
  return {
    key: `${p.b},${p.w}`,
    plot: (): PlotOptions => ({
      marks: [
        line({ length: sec.t.length }, { x: sec.t, y: sec.values, stroke, strokeWidth: 2.5, clip: true }),
        dot([{ t: at, v: p.mse }], { x: 't', y: 'v', r: 5.5, fill: color.accent, stroke: color.bg, strokeWidth: 2 }),
        text([{ t: at, v: p.mse }], {
          x: 't',
          y: 'v',
          text: () => `${fmt(p.mse)}`,
          dx: right ? -10 : 10,
          dy: -8,
          textAnchor: right ? 'end' : 'start',
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    }),
  };
}
