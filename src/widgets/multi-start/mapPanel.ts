/**
 * The basin map: each start's cell coloured by the minimum it reaches (diverged and stalled
 * starts in their own colours), contour lines, minima (stars) and saddles (crosses), and the
 * path of the dropped start.
 */
import { dot, line, type PlotOptions } from '@observablehq/plot';
import { BASIN_DIVERGED, BASIN_SADDLE, BASIN_MAXIMUM, BASIN_ELSEWHERE } from '~/core/basins';
import { color } from '~/widgets/kit/colors';
import { linesPath } from '~/widgets/kit/linesPath';
import { rectsPath } from '~/widgets/kit/rectsPath';
import { pixelDistance, type Layer, type PlotBase } from '~/widgets/kit/PlotFigure';
import { thinPath } from '~/widgets/kit/thin';
import { visiblePolylines } from '~/core/geometry/visible-polylines';
import type { BasinResult } from './basinTask';
import { labelCells, type LabelCell } from './cells';
import type { Model } from './model';

/** Fill of each minimum's basin (index order), then of diverged and stalled starts. */
export const BASIN_FILL = [
  color.series[0],
  color.series[1],
  color.series[2],
  color.series[3],
  color.accent,
  color.fg,
] as const;
export const DIVERGED_FILL = color.warn;
export const STALLED_FILL = color.muted;

/** Runs that came to rest at a saddle, a maximum or elsewhere (not a minimum). */
export const REST_FILL = color.bg;

export function fillOf(label: number): string {
  if (label >= 0) return BASIN_FILL[label % BASIN_FILL.length]!;
  if (label === BASIN_DIVERGED) return DIVERGED_FILL;
  if (label === BASIN_SADDLE || label === BASIN_MAXIMUM || label === BASIN_ELSEWHERE) return REST_FILL;
  return STALLED_FILL;
}

export function mapBase(m: Model): PlotBase {
  return {
    x: { domain: [...m.window.x], label: 'x', labelAnchor: 'right' },
    y: { domain: [...m.window.y], label: 'y', labelAnchor: 'top' },
  };
}

/**
 * The basin cells. Until the first map arrives on the page: null (the static map stays). A
 * map of another surface (a newer one is on its way) is not drawn on this one's axes.
 */
export function basinLayer(m: Model, result: BasinResult | undefined, resultKey: string | undefined): Layer {
  return {
    key: `${m.surface.id}|${resultKey ?? 'none'}`,
    plot: (): PlotOptions | null => {
      if (result === undefined) return null;
      if (result.input.surface !== m.surface.id) return { marks: [] };
      // One path per basin (rectsPath): a map is as many elements as it has basins.
      const byFill = new Map<string, LabelCell[]>();
      for (const c of labelCells(result.labels, result.input.n, m.window)) {
        const fill = fillOf(c.label);
        const group = byFill.get(fill);
        if (group === undefined) byFill.set(fill, [c]);
        else group.push(c);
      }
      return {
        marks: [...byFill].map(([fill, cells]) =>
          // Cells tile the map: antialiased, their shared edges would show as faint seams.
          rectsPath(cells, { fill, fillOpacity: 0.42, shapeRendering: 'crispEdges' }),
        ),
      };
    },
  };
}

export function contourLayer(m: Model): Layer {
  const c = m.contours;
  const cp = m.surface.criticalPoints;
  return {
    key: m.surface.id,
    plot: (): PlotOptions => ({
      marks: [
        linesPath(c, { stroke: color.fg, strokeOpacity: 0.3, strokeWidth: 0.8 }),
        dot(cp.minima, { x: 'x', y: 'y', symbol: 'star', r: 7, fill: color.fg, stroke: color.bg, strokeWidth: 1.2 }),
        dot(cp.saddles, { x: 'x', y: 'y', symbol: 'times', r: 5, stroke: color.fg, strokeWidth: 2 }),
      ],
    }),
  };
}

export function probeLayer(m: Model): Layer {
  const p = m.probe;
  return {
    key: `${m.mapKey}|${p.start[0]}|${p.start[1]}`,
    plot: (ctx): PlotOptions => {
      const dist = pixelDistance(ctx);
      const pieces = visiblePolylines(p.xs, p.ys, p.clipped).map((line) => thinPath(line, 2, dist));
      return {
        marks: [
          ...pieces.map((pts) => line(pts, { x: 'x', y: 'y', stroke: color.bg, strokeWidth: 4.5 })),
          ...pieces.map((pts) => line(pts, { x: 'x', y: 'y', stroke: color.fg, strokeWidth: 2 })),
          dot([p.start], {
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
