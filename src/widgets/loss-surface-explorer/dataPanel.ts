/** The data panel: the 80 training points and the true line (background); the current line
 * ŷ = b + w·x and its residuals (overlay). */
import { dot, line, ruleX, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { fmt } from '~/widgets/kit/format';
import type { Frame, Layer } from '~/widgets/kit/PlotFigure';
import type { AtPoint, Static } from './model';

export function dataFrame(s: Static): Frame {
  return {
    x: { domain: [0, 1], label: 'x', labelAnchor: 'right' },
    y: { domain: [...s.yDomain], label: 'y', labelAnchor: 'top' },
    grid: true,
    marginLeft: 36,
  };
}

export function dataBackground(s: Static): Layer {
  const pts = Array.from(s.xTrain, (x, i) => ({ x, y: s.yTrain[i]! }));
  return {
    key: 'data',
    plot: (): PlotOptions => ({
      marks: [
        line(
          [
            { x: 0, y: s.truth.b },
            { x: 1, y: s.truth.b + s.truth.w },
          ],
          { x: 'x', y: 'y', stroke: color.muted, strokeDasharray: '2,4', strokeWidth: 1.5 },
        ),
        dot(pts, { x: 'x', y: 'y', r: 3, fill: color.fg, fillOpacity: 0.75 }),
      ],
    }),
  };
}

export function dataOverlay(s: Static, p: AtPoint, showResiduals: boolean): Layer {
  const [y0, y1] = s.yDomain;
  const ends = [
    { x: 0, y: p.b },
    { x: 1, y: p.b + p.w },
  ];
  // Label where the line is inside the panel, preferring its right end.
  const yAt = (x: number): number => p.b + p.w * x;
  const lx = [0.98, 0.6, 0.2].find((x) => yAt(x) > y0 && yAt(x) < y1) ?? null;
  return {
    key: `${p.b},${p.w},${showResiduals}`,
    plot: (): PlotOptions => ({
      marks: [
        ...(showResiduals
          ? [ruleX(p.residuals, { x: 'x', y1: 'y', y2: 'yhat', stroke: color.accent, strokeOpacity: 0.7, strokeWidth: 1.5, clip: true })]
          : []),
        line(ends, { x: 'x', y: 'y', stroke: color.accent, strokeWidth: 2.5, clip: true }),
        ...(lx !== null
          ? [
              text([{ x: lx, y: yAt(lx) }], {
                x: 'x',
                y: 'y',
                text: () => `ŷ = ${fmt(p.b)} ${p.w < 0 ? '−' : '+'} ${fmt(Math.abs(p.w))}·x`,
                dy: yAt(lx) > (y0 + y1) / 2 ? 16 : -12,
                textAnchor: lx > 0.5 ? 'end' : 'start',
                fill: color.accent,
                fontWeight: 600,
                stroke: color.bg,
                strokeWidth: 3,
                paintOrder: 'stroke',
              }),
            ]
          : []),
      ],
    }),
  };
}
