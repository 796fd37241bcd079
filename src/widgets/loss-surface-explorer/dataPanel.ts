/** The data panel: the 80 training points and the true line (background); the current line
 * ŷ = b + w·x and its residuals (overlay). */
import { line, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import type { AtPoint, Static } from './model';

export function dataBase(s: Static): PlotBase {
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
        // One path for the 80 points, not 80 elements: this layer is in the figure's first drawing.
        dotsPath(pts, { r: 3, fill: color.fg, fillOpacity: 0.75 }),
      ],
    }),
  };
}

/** Vertical segments from each point to the line, separated by NaN (a break in a Plot line). */
function residualSegments(rs: ReadonlyArray<{ x: number; y: number; yhat: number }>): Array<{ x: number; y: number }> {
  const out: Array<{ x: number; y: number }> = [];
  for (const r of rs) out.push({ x: r.x, y: r.y }, { x: r.x, y: r.yhat }, { x: Number.NaN, y: Number.NaN });
  return out;
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
          ? [
              // One path with a break after each residual, not one <line> per point: the
              // residuals redraw on every input, and 80 elements cost more than 80 subpaths.
              line(residualSegments(p.residuals), {
                x: 'x',
                y: 'y',
                className: 'lse-residuals',
                stroke: color.accent,
                strokeOpacity: 0.7,
                strokeWidth: 1.5,
                clip: true,
              }),
            ]
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
