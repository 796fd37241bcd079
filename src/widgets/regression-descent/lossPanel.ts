/** log L per iteration (background: the whole run and the closed-form floor; overlay: the current iteration). */
import * as Plot from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import type { Model } from './model';

function logRange(f: Model): [number, number] {
  let lo = Math.log(f.problem.lossHat);
  let hi = lo;
  for (const L of f.run.loss) {
    const v = Math.log(L);
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const pad = Math.max(0.25, (hi - lo) * 0.06);
  // Room under the floor for its label.
  return [lo - Math.max(0.4, (hi - lo) * 0.14), hi + pad];
}

export function lossBase(f: Model): PlotBase {
  return {
    x: { domain: [0, Math.max(1, f.run.length - 1)], label: 'iteration', labelAnchor: 'right' },
    y: { domain: logRange(f), label: 'log L', labelAnchor: 'top' },
    grid: true,
    marginLeft: 40,
  };
}

export function lossBackground(f: Model): Layer {
  const floor = Math.log(f.problem.lossHat);
  return {
    key: f.runKey,
    plot: () => ({
      marks: [
        Plot.ruleY([floor], { ariaLabel: () => 'closed-form solution', stroke: color.fg, strokeDasharray: '5,4' }),
        Plot.text([floor], {
          y: (d: number) => d,
          frameAnchor: 'left',
          text: () => `closed form: log ${fmt(f.problem.lossHat, 2)} = ${fmt(floor, 3)}`,
          dy: 11,
          dx: 6,
          textAnchor: 'start',
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        Plot.line(
          Array.from(f.run.loss, (L, k) => ({ k, v: Math.log(L) })),
          { x: 'k', y: 'v', stroke: color.series[0], strokeWidth: 2 },
        ),
      ],
    }),
  };
}

export function lossOverlay(f: Model): Layer {
  const p = { k: f.k, v: Math.log(f.loss) };
  return {
    key: `${f.runKey}|${f.k}`,
    plot: () => ({
      marks: [
        Plot.ruleX([p], { x: 'k', stroke: color.accent, strokeDasharray: '3,3' }),
        Plot.dot([p], {
          ariaLabel: () => 'current iteration',
          x: 'k',
          y: 'v',
          r: 6,
          fill: color.accent,
          stroke: color.bg,
          strokeWidth: 2,
        }),
        Plot.text([p], {
          x: 'k',
          y: 'v',
          text: () => `log L = ${fmt(p.v, 3)}`,
          dy: -14,
          textAnchor: f.k > (f.run.length - 1) / 2 ? 'end' : 'start',
          dx: f.k > (f.run.length - 1) / 2 ? -6 : 6,
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    }),
  };
}
