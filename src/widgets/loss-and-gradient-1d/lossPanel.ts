/** The loss panel: L(w) (background layer) and the point, tangent and step arrow at w (overlay). */
import { arrow, dot, line, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Frame, Layer } from '~/widgets/kit/PlotFigure';
import type { AtW, Curves } from './model';
import { W_DOMAIN } from './state';

/** Half the width of the drawn tangent segment, in units of w. */
const TANGENT_HALF = 0.6;
/** Length of the step arrow, in units of w. */
const ARROW = 0.45;

export function lossFrame(c: Curves): Frame {
  return {
    x: { domain: [...W_DOMAIN], label: 'w', labelAnchor: 'right' },
    y: { domain: [...c.lossDomain], label: 'L(w)', labelAnchor: 'top' },
    grid: true,
  };
}

export function lossBackground(c: Curves, key: string): Layer {
  return {
    key,
    plot: (): PlotOptions => ({
      marks: [
        ruleY([0], { stroke: color.muted }),
        line(c.points, { x: 'w', y: 'loss', stroke: color.series[0], strokeWidth: 2.5 }),
        ...(c.minimiser !== null
          ? [
              dot([c.minimiser], { x: (d: number) => d, y: 0, r: 4, stroke: color.fg, fill: color.bg, strokeWidth: 1.5 }),
              text([c.minimiser], { x: (d: number) => d, y: 0, text: () => 'minimum', dy: -10, fill: color.muted }),
            ]
          : []),
      ],
    }),
  };
}

export function lossOverlay(c: Curves, p: AtW): Layer {
  const [a, b] = W_DOMAIN;
  const t0 = Math.max(a, p.w - TANGENT_HALF);
  const t1 = Math.min(b, p.w + TANGENT_HALF);
  const tangent = [
    { w: t0, y: p.tangent.at(t0) },
    { w: t1, y: p.tangent.at(t1) },
  ];
  const end = Math.min(b, Math.max(a, p.w + p.direction * ARROW));
  return {
    key: `${p.w}|${c.fn.x},${c.fn.y}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleX([p.w], { y1: 0, y2: p.loss, stroke: color.muted, strokeDasharray: '3,3' }),
        line(tangent, { x: 'w', y: 'y', stroke: color.fg, strokeWidth: 1.5, clip: true }),
        ...(p.direction !== 0
          ? [
              arrow([p], {
                x1: 'w',
                y1: 'loss',
                x2: () => end,
                y2: 'loss',
                stroke: color.accent,
                strokeWidth: 2.5,
                insetStart: 8,
                headLength: 10,
              }),
              text([p], { x: () => end, y: 'loss', text: () => 'step', dy: -10, fill: color.accent, fontWeight: 600 }),
            ]
          : []),
        dot([p], { x: 'w', y: 'loss', r: 6, fill: color.accent, stroke: color.bg, strokeWidth: 2 }),
        text([p], {
          x: 'w',
          y: 'loss',
          text: () => `L = ${fmt(p.loss)}`,
          // Below the point, on the side away from the step arrow (the tangent falls towards the arrow).
          dy: 18,
          dx: p.direction === 0 ? 0 : -p.direction * 8,
          textAnchor: p.direction > 0 ? 'end' : p.direction < 0 ? 'start' : 'middle',
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
      ],
    }),
  };
}
