/**
 * The playground's map: the basin colours (when asked for) and the cells where f is not
 * defined under the contour lines (layer 0), the downhill arrows (layer 1), and the descent
 * paths with their labels and the start (layer 2).
 */
import { arrow, dot, line, rect, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { markGroups, redrawArrows, redrawLines, redrawRects } from '~/widgets/kit/markRedraw';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { thinPath } from '~/widgets/kit/thin';
import { pixelDistance } from '~/widgets/kit/PlotFigure';
import type { BasinMap } from './basinMap';
import { cellRects } from './cellRects';
import type { Model, ModelWithRuns } from './model';

/** A colour per path (the kit's four series). */
export const pathColor = (k: number): string => color.series[k % color.series.length]!;

export function mapBase(m: Model): PlotBase {
  return {
    x: { domain: [...m.window.x], label: 'x', labelAnchor: 'right' },
    y: { domain: [...m.window.y], label: 'y', labelAnchor: 'top' },
    style: { overflow: 'visible' },
  };
}

/** Whether a drawn layer's marks are these, in this order (Plot draws no group for an empty mark). */
const marksAre = (groups: readonly Element[], labels: readonly string[]): boolean =>
  groups.length === labels.length && groups.every((g, k) => g.getAttribute('aria-label') === labels[k]);

/** Arrowheads of the downhill arrows (px). */
const ARROW_HEAD = 5;

/**
 * The map on screen (`m.map`: computed in the worker; the previous one stays until the next
 * arrives), under the basin colours. Redrawn when the map or the basins change: a new map
 * without basins (typing a formula) only gets new paths and cells in the drawing on screen.
 */
export function mapBackground(m: ModelWithRuns, basins: BasinMap | undefined, basinKey: string): Layer {
  return {
    key: `${m.map.key}|${basinKey}`,
    update(svg, scales): boolean {
      const { masked, lines } = m.map;
      const groups = markGroups(svg);
      const labels = [...(masked.length > 0 ? ['rect'] : []), ...(lines.x.length > 0 ? ['line'] : [])];
      if (basins || !marksAre(groups, labels)) return false;
      if (masked.length > 0 && !redrawRects(groups[0]!, masked, scales)) return false;
      return lines.x.length === 0 || redrawLines(groups[labels.length - 1]!, lines.x, lines.y, lines.z, scales);
    },
    plot: (): PlotOptions => {
      const { masked, lines } = m.map;
      const basinRects = basins
        ? cellRects(
            basins.n,
            (k) => basins.labels[k]!,
            m.window,
            (v) => v < 0,
          )
        : [];
      return {
        color: { type: 'categorical', scheme: 'tableau10' },
        marks: [
          rect(basinRects, {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: (d: { label: number }) => `basin ${d.label}`,
            fillOpacity: 0.3,
          }),
          rect(masked, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: color.muted, fillOpacity: 0.35 }),
          line(
            { length: lines.x.length },
            { x: lines.x, y: lines.y, z: lines.z, stroke: color.muted, strokeOpacity: 0.55, strokeWidth: 1 },
          ),
          ...(basins
            ? [
                dot(basins.minima, {
                  x: 'x',
                  y: 'y',
                  symbol: 'star',
                  r: 6,
                  fill: color.fg,
                  stroke: color.bg,
                  strokeWidth: 1,
                }),
              ]
            : []),
        ],
      };
    },
  };
}

export function mapArrows(m: ModelWithRuns): Layer {
  const a = m.showArrows ? m.map.arrows : null;
  return {
    key: a === null ? 'none' : m.map.key,
    update(svg, scales): boolean {
      const groups = markGroups(svg);
      if (a === null || a.x1.length === 0) return groups.length === 0;
      return marksAre(groups, ['arrow']) && redrawArrows(groups[0]!, a, scales, { headLength: ARROW_HEAD });
    },
    plot: (): PlotOptions => ({
      marks:
        a === null
          ? []
          : [
              arrow(
                { length: a.x1.length },
                {
                  x1: a.x1,
                  y1: a.y1,
                  x2: a.x2,
                  y2: a.y2,
                  stroke: color.accent,
                  strokeOpacity: 0.4,
                  strokeWidth: 1,
                  headLength: ARROW_HEAD,
                },
              ),
            ],
    }),
  };
}

export function mapPaths(m: ModelWithRuns): Layer {
  return {
    // Redrawn when its runs change, not when the map changes a frame before its runs follow.
    key: m.runsKey,
    plot: (ctx): PlotOptions => {
      const marks: NonNullable<PlotOptions['marks']> = [];
      m.runs.forEach((run, k) => {
        const c = run.clipped;
        // The visible part: points up to where the path first leaves the window (or stops).
        const last = c === null ? 0 : Math.max(0, c.lastInside);
        const pts = run.points.slice(0, last + 1).map((p) => ({ x: p[0]!, y: p[1]! }));
        const at = c?.exit?.at;
        if (at && c?.exit && c.exit.index < run.points.length) pts.push({ x: at[0], y: at[1] });
        const shown = thinPath(pts, 1.5, pixelDistance(ctx), { keepLast: true });
        const end = pts[pts.length - 1]!;
        marks.push(
          line(shown, { x: 'x', y: 'y', stroke: pathColor(k), strokeWidth: 2.2 }),
          dot([end], { x: 'x', y: 'y', r: 4, fill: pathColor(k), stroke: color.bg, strokeWidth: 1 }),
          text([end], {
            x: 'x',
            y: 'y',
            text: () => `${k + 1}`,
            dx: 9,
            dy: -9,
            fontSize: 12,
            fontWeight: 700,
            fill: pathColor(k),
            stroke: color.bg,
            strokeWidth: 3,
            paintOrder: 'stroke',
          }),
        );
        const left = c?.exit != null && c.exit.index < run.points.length;
        if (run.status === 'not-defined' || run.status === 'diverged' || left) {
          const why = left ? 'leaves the map' : run.status === 'not-defined' ? 'stopped' : 'diverged';
          const right = end.x > (m.window.x[0] + m.window.x[1]) / 2;
          marks.push(
            dot([end], { x: 'x', y: 'y', symbol: 'times', r: 7, stroke: color.warn, strokeWidth: 2.5 }),
            text([end], {
              x: 'x',
              y: 'y',
              text: () => `${k + 1}: ${why}`,
              textAnchor: right ? 'end' : 'start',
              dx: right ? -10 : 10,
              dy: 12,
              fontSize: 11,
              fill: color.warn,
              fontWeight: 700,
              stroke: color.bg,
              strokeWidth: 3,
              paintOrder: 'stroke',
            }),
          );
        }
      });
      marks.push(
        dot([{ x: m.start[0], y: m.start[1] }], {
          x: 'x',
          y: 'y',
          r: 7,
          stroke: color.fg,
          strokeWidth: 2,
          fill: 'none',
        }),
      );
      return { marks };
    },
  };
}
