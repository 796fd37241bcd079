/** The loss panel: L(w) (background layer) and the point, tangent and step arrow at w (overlay). */
import { arrow, dot, line, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import type { AtW, Curves } from './model';
import { W_DOMAIN } from './state';

/** Half the width of the drawn tangent segment, in units of w. */
const TANGENT_HALF = 0.6;
/** Length of the step arrow, in units of w. */
const ARROW = 0.45;

export function lossBase(c: Curves): PlotBase {
  return {
    x: { domain: [...W_DOMAIN], label: 'w', labelAnchor: 'right' },
    y: { domain: [...c.lossDomain], label: 'L(w)', labelAnchor: 'top' },
    grid: true,
  };
}

/** The "minimum" label is left out when the point is this close (in w): the two would collide. */
const LABEL_CLEARANCE = 0.7;

export function lossBackground(c: Curves, key: string): Layer {
  return {
    key,
    plot: (): PlotOptions => ({
      marks: [
        ruleY([0], { stroke: color.muted }),
        line(c.points, { x: 'w', y: 'loss', stroke: color.series[0], strokeWidth: 2.5 }),
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

export function lossOverlay(c: Curves, p: AtW): Layer {
  const [a, b] = W_DOMAIN;
  const t0 = Math.max(a, p.w - TANGENT_HALF);
  const t1 = Math.min(b, p.w + TANGENT_HALF);
  const tangent = [
    { w: t0, y: p.tangent.at(t0) },
    { w: t1, y: p.tangent.at(t1) },
  ];
  const end = Math.min(b, Math.max(a, p.w + p.direction * ARROW));
  const showMinimum = c.minimiser !== null && Math.abs(p.w - c.minimiser) > LABEL_CLEARANCE;
  return {
    key: `${p.w}|${c.fn.x},${c.fn.y}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleX([p.w], { y1: 0, y2: p.loss, stroke: color.muted, strokeDasharray: '3,3' }),
        ...(showMinimum
          ? [text([c.minimiser], { x: (d: number) => d, y: 0, text: () => 'minimum', dy: -10, fill: color.muted })]
          : []),
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
        // The read-out sits at a fixed place (top centre), where nothing that moves can cover it.
        text([p], {
          frameAnchor: 'top',
          dy: 4,
          text: () => `L(${fmt(p.w)}) = ${fmt(p.loss)}`,
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
