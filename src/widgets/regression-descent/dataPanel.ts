/** The ten data points with the closed-form line (background) and the line of iteration k (overlay). */
import * as Plot from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { clampFinite } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import type { Model } from './model';

const X_DOMAIN: [number, number] = [-11, 6];
const Y_DOMAIN: [number, number] = [-7, 5];

/** End points of y = a + b·x across the panel, kept finite (Plot clips them to the frame). */
function lineEnds(a: number, b: number): Array<{ x: number; y: number }> {
  return X_DOMAIN.map((x) => ({ x, y: clampFinite(a + b * x, -1e6, 1e6) }));
}

export function dataBase(): PlotBase {
  return {
    x: { domain: X_DOMAIN, label: 'x', labelAnchor: 'right' },
    y: { domain: Y_DOMAIN, label: 'y', labelAnchor: 'top' },
    grid: true,
    marginLeft: 40,
  };
}

export function dataBackground(f: Model): Layer {
  const pts = Array.from(f.problem.x, (x, i) => ({ x, y: f.problem.y[i]! }));
  const [a, b] = f.problem.betaHat;
  return {
    key: 'data',
    plot: () => ({
      marks: [
        Plot.ruleY([0], { stroke: color.muted, strokeOpacity: 0.6 }),
        Plot.ruleX([0], { stroke: color.muted, strokeOpacity: 0.6 }),
        Plot.line(lineEnds(a, b), {
          ariaLabel: () => 'closed-form solution',
          x: 'x',
          y: 'y',
          stroke: color.fg,
          strokeWidth: 1.5,
          strokeDasharray: '6,4',
          clip: true,
        }),
        Plot.text(['- - -  closed form β̂'], {
          frameAnchor: 'bottom-right',
          text: (d: string) => d,
          dy: -22,
          dx: -6,
          textAnchor: 'end',
          fill: color.fg,
          fontSize: 11,
        }),
        Plot.text(['——  iteration shown'], {
          frameAnchor: 'bottom-right',
          text: (d: string) => d,
          dy: -6,
          dx: -6,
          textAnchor: 'end',
          fill: color.accent,
          fontSize: 11,
        }),
        Plot.dot(pts, { x: 'x', y: 'y', r: 5, fill: color.series[1], stroke: color.bg, strokeWidth: 1.5 }),
      ],
    }),
  };
}

export function dataOverlay(f: Model): Layer {
  return {
    key: `${f.runKey}|${f.k}`,
    plot: () => ({
      marks: [
        Plot.line(lineEnds(f.b0, f.b1), {
          ariaLabel: () => 'current line',
          x: 'x',
          y: 'y',
          stroke: color.accent,
          strokeWidth: 2.5,
          clip: true,
        }),
      ],
    }),
  };
}
