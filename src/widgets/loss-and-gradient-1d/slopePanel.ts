/** The slope panel: dL/dw (background layer) and the slope at w as a bar from zero (overlay). */
import { dot, line, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import type { AtW, Curves } from './model';
import { W_DOMAIN } from './state';

export function slopeBase(c: Curves): PlotBase {
  return {
    x: { domain: [...W_DOMAIN], label: 'w', labelAnchor: 'right' },
    y: { domain: [...c.slopeDomain], label: 'dL/dw', labelAnchor: 'top' },
    grid: true,
  };
}

export function slopeBackground(c: Curves, key: string): Layer {
  return {
    key,
    plot: (): PlotOptions => ({
      marks: [
        ruleY([0], { stroke: color.muted }),
        line(c.points, { x: 'w', y: 'slope', stroke: color.series[1], strokeWidth: 2.5 }),
        ...(c.minimiser !== null
          ? [
              dot([c.minimiser], {
                x: (d: number) => d,
                y: 0,
                r: 4,
                stroke: color.fg,
                fill: color.bg,
                strokeWidth: 1.5,
              }),
            ]
          : []),
      ],
    }),
  };
}

export function slopeOverlay(c: Curves, p: AtW): Layer {
  return {
    key: `${p.w}|${c.fn.x},${c.fn.y}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleX([p], { x: 'w', y1: 0, y2: 'slope', stroke: color.series[1], strokeWidth: 4, strokeOpacity: 0.5 }),
        dot([p], { x: 'w', y: 'slope', r: 6, fill: color.accent, stroke: color.bg, strokeWidth: 2 }),
        text([p], {
          frameAnchor: 'top',
          dy: 4,
          text: () => `dL/dw at ${fmt(p.w)} = ${fmt(p.slope)}`,
          fill: color.fg,
          fontSize: 12,
          fontWeight: 600,
          stroke: color.bg,
          strokeWidth: 4,
          paintOrder: 'stroke',
        }),
      ],
    }),
  };
}
