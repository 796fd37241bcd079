/**
 * The contour map: contour lines and the minimum (background), the whole path with numbered
 * steps and, when it leaves the window, the exit marker (path layer), and the part of the path
 * played so far with the current point and its next step (player layer).
 */
import { arrow, dot, line, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import { linesPath } from '~/widgets/kit/linesPath';
import { pixelDistance, type Layer, type LayerContext, type PlotBase } from '~/widgets/kit/PlotFigure';
import { thinPath } from '~/widgets/kit/thin';
import { contoursOf, type Model, type PathPoint } from './model';

/** Smallest distance (px) between two step numbers; closer steps stay unnumbered. */
const LABEL_GAP = 18;

export function mapBase(m: Model): PlotBase {
  return {
    x: { domain: [...m.window.x], label: 'w₁', labelAnchor: 'right' },
    y: { domain: [...m.window.y], label: 'w₂', labelAnchor: 'top' },
    style: { overflow: 'visible' },
  };
}

export function mapBackground(m: Model): Layer {
  const c = contoursOf(m.id);
  return {
    key: m.id,
    plot: (): PlotOptions => ({
      marks: [
        linesPath(c.lines, { stroke: color.muted, strokeOpacity: 0.45, strokeWidth: 1 }),
        dot(m.surface.minima, {
          x: (d: readonly number[]) => d[0],
          y: (d: readonly number[]) => d[1],
          symbol: 'star',
          r: 7,
          fill: color.series[2],
          stroke: color.bg,
          strokeWidth: 1,
        }),
      ],
    }),
  };
}

/** Which steps get a number: the start, then any step far enough (in px) from the last numbered one. */
function numbered(m: Model, ctx: LayerContext): PathPoint[] {
  return thinPath(m.path, LABEL_GAP, pixelDistance(ctx), { keepLast: false });
}

export function pathKey(m: Model): string {
  return `${m.id}|${m.method}|${m.start[0]}|${m.start[1]}|${m.eta}|${m.steps}`;
}

export function mapPath(m: Model): Layer {
  const pts: { x: number; y: number }[] = m.path.map((p) => ({ x: p.x, y: p.y }));
  if (m.exit !== null) pts.push({ x: m.exit.x, y: m.exit.y });
  return {
    key: pathKey(m),
    plot: (ctx): PlotOptions => {
      const labels = numbered(m, ctx);
      const exit = m.exit;
      return {
        marks: [
          line(pts, { x: 'x', y: 'y', stroke: color.accent, strokeOpacity: 0.35, strokeWidth: 1.5 }),
          dot(m.path, { x: 'x', y: 'y', r: 2.5, fill: color.accent, fillOpacity: 0.5 }),
          text(labels, {
            x: 'x',
            y: 'y',
            text: (p: PathPoint) => String(p.k),
            dx: 10,
            dy: -10,
            fontSize: 10,
            fill: color.fg,
            stroke: color.bg,
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
          ...(exit !== null
            ? [
                dot([exit], { x: 'x', y: 'y', symbol: 'times', r: 7, stroke: color.warn, strokeWidth: 3 }),
                text([exit], {
                  x: 'x',
                  y: 'y',
                  text: () => `step ${exit.k} leaves the map`,
                  fill: color.warn,
                  fontWeight: 700,
                  fontSize: 12,
                  stroke: color.bg,
                  strokeWidth: 4,
                  paintOrder: 'stroke',
                  // keep the label inside the frame, pointing away from the edge it crossed
                  textAnchor: exit.x > (m.window.x[0] + m.window.x[1]) / 2 ? 'end' : 'start',
                  dx: exit.x > (m.window.x[0] + m.window.x[1]) / 2 ? -10 : 10,
                  dy: exit.y > (m.window.y[0] + m.window.y[1]) / 2 ? 14 : -14,
                }),
              ]
            : []),
        ],
      };
    },
  };
}

/** The part of the path played so far, the current point and its next step, the start ring. */
function playerMarks(m: Model): PlotOptions['marks'] {
  const shown = m.path.slice(0, m.at + 1);
  const cur = m.path[m.at]!;
  const next =
    m.path[m.at + 1] ?? (m.at === m.path.length - 1 && m.exit !== null ? { x: m.exit.x, y: m.exit.y } : null);
  const start = m.path[0]!;
  return [
    line(shown, { x: 'x', y: 'y', stroke: color.accent, strokeWidth: 2.5 }),
    dotsPath(shown, { r: 3.5, fill: color.accent }),
    ...(next !== null
      ? [
          arrow([{ x1: cur.x, y1: cur.y, x2: next.x, y2: next.y }], {
            x1: 'x1',
            y1: 'y1',
            x2: 'x2',
            y2: 'y2',
            stroke: color.accent,
            strokeDasharray: '4,3',
            strokeWidth: 1.5,
            headLength: 8,
            insetEnd: 4,
          }),
        ]
      : []),
    dot([start], { x: 'x', y: 'y', r: 9, stroke: color.fg, strokeWidth: 2, fill: 'none' }),
    dot([cur], { x: 'x', y: 'y', r: 6, fill: color.accent, stroke: color.bg, strokeWidth: 2 }),
    // the minimum stays visible when the path arrives on it
    dot([m.minimum], {
      x: (d: readonly number[]) => d[0],
      y: (d: readonly number[]) => d[1],
      symbol: 'star',
      r: 9,
      fill: 'none',
      stroke: color.fg,
      strokeWidth: 1.5,
    }),
  ];
}

/**
 * The moving part as ONE layer (path, numbers, exit marker, player position): a drag of the
 * start redraws a single Plot instead of two.
 */
export function mapOverlay(m: Model): Layer {
  const path = mapPath(m);
  return {
    key: `${path.key}|${m.at}`,
    plot: (ctx): PlotOptions => ({ marks: [...(path.plot(ctx)?.marks ?? []), ...(playerMarks(m) ?? [])] }),
  };
}
