/**
 * One contour map of the scaling comparison: contour lines of the MSE and the least-squares
 * point (background); the descent paths at the panel's best fixed step (solid) and at the
 * shared step (dashed), and the start (paths layer).
 */
import { dot, line, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import { linesPath } from '~/widgets/kit/linesPath';
import { fmt } from '~/widgets/kit/format';
import { pixelDistance, type Layer, type PlotBase } from '~/widgets/kit/PlotFigure';
import { thinPath } from '~/widgets/kit/thin';
import { visiblePolylines } from '~/core/geometry/visible-polylines';
import type { Panel, Run } from './model';

export const PANEL_TITLE: Record<Panel['scaling'], string> = {
  none: 'Raw features',
  standard: 'Standardised features',
  'min-max': 'Min–max scaled features',
};

export function mapBase(p: Panel): PlotBase {
  return {
    x: { domain: [...p.window.x], label: 'w₁', labelAnchor: 'right', ticks: 5 },
    y: { domain: [...p.window.y], label: 'w₂', labelAnchor: 'top', ticks: 5 },
    marginLeft: 56,
  };
}

export function mapBackground(p: Panel, view: string): Layer {
  const c = p.contours;
  const [mx, my] = p.problem.minimiser;
  return {
    key: `${p.scaling}|${view}`,
    plot: (): PlotOptions => ({
      marks: [
        linesPath(c, { stroke: color.muted, strokeOpacity: 0.55, strokeWidth: 1 }),
        ...(p.minimumShown
          ? [
              dot([[mx, my]], {
                x: (d: number[]) => d[0],
                y: (d: number[]) => d[1],
                symbol: 'star',
                r: 8,
                fill: color.series[2],
                stroke: color.bg,
                strokeWidth: 1,
              }),
            ]
          : [
              text([`minimum (${fmt(mx)}, ${fmt(my)}) is off the map`], {
                frameAnchor: 'top-right',
                textAnchor: 'end',
                dx: -4,
                dy: 4,
                text: (d: string) => d,
                fill: color.warn,
                fontWeight: 600,
              }),
            ]),
      ],
    }),
  };
}

interface Pt {
  readonly x: number;
  readonly y: number;
}

function pieces(r: Run, dist: (a: Pt, b: Pt) => number): Pt[][] {
  return visiblePolylines(r.xs, r.ys, r.clipped).map((line) => thinPath(line, 1, dist));
}

const inside = (p: Panel, x: number, y: number): boolean =>
  x >= p.window.x[0] && x <= p.window.x[1] && y >= p.window.y[0] && y <= p.window.y[1];

/** The first n points of a run that lie inside the window. */
function firstPoints(p: Panel, r: Run, n: number): Pt[] {
  const out: Pt[] = [];
  for (let k = 0; k < Math.min(n, r.xs.length); k++)
    if (inside(p, r.xs[k]!, r.ys[k]!)) out.push({ x: r.xs[k]!, y: r.ys[k]! });
  return out;
}

export function mapPaths(p: Panel, eta: number, drawn: number, view: string): Layer {
  return {
    key: `${p.scaling}|${view}|${p.start.join(',')}|${eta}|${drawn}`,
    plot: (ctx): PlotOptions => {
      const dist = pixelDistance(ctx);
      const [best, shared] = p.runs;
      return {
        marks: [
          ...pieces(best, dist).map((pts) => line(pts, { x: 'x', y: 'y', stroke: color.accent, strokeWidth: 1.6 })),
          // the first points of the best-step run, so a bounce between the walls shows as two rows of dots
          dotsPath(firstPoints(p, best, 40), { r: 2.2, fill: color.accent }),
          // the shared-step run on top, so it shows where it follows the same line
          ...pieces(shared, dist).map((pts) =>
            line(pts, { x: 'x', y: 'y', stroke: color.series[1], strokeWidth: 2.2, strokeDasharray: '5,3' }),
          ),
          dot(inside(p, p.start[0], p.start[1]) ? [p.start] : [], {
            x: (d: readonly number[]) => d[0],
            y: (d: readonly number[]) => d[1],
            r: 7,
            stroke: color.fg,
            fill: color.bg,
            strokeWidth: 2.5,
          }),
        ],
      };
    },
  };
}
