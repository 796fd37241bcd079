/**
 * The playground's map: the basin colours (when asked for) and the cells where f is not
 * defined under the contour lines, and the downhill arrows (the descent paths above them are
 * in pathsLayer.ts).
 */
import { dot, line, rect, type PlotOptions } from '@observablehq/plot';
import { arrowsPath, arrowsPathString } from '~/widgets/kit/arrowsPath';
import { color } from '~/widgets/kit/colors';
import { markGroups, pixelFrame, pixelFunctions, redrawPaths, redrawRects } from '~/widgets/kit/markRedraw';
import { lineStrings, samePixelFrame } from '~/widgets/kit/pathStrings';
import type { Layer, LayerScales, PlotBase } from '~/widgets/kit/PlotFigure';
import type { BasinMap } from './basinMap';
import { cellRects } from './cellRects';
import { ARROW_HEAD, type MapDrawing } from './mapDrawing';
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

/** The map worker's drawing when it drew this map for the figure of `scales`, else null. */
const drawingFor = (m: ModelWithRuns, scales: LayerScales, drawing: MapDrawing | null): MapDrawing | null =>
  drawing?.mapKey === m.map.key && samePixelFrame(drawing.frame, pixelFrame(scales)) ? drawing : null;

/**
 * The map on screen (`m.map`: computed in the worker; the previous one stays until the next
 * arrives), under the basin colours. Redrawn when the map or the basins change: a new map
 * without basins (typing a formula), a new size or the first drawing over the static figure
 * only gets new paths and cells in the drawing on screen.
 */
export function mapBackground(
  m: ModelWithRuns,
  basins: BasinMap | undefined,
  basinKey: string,
  drawing: MapDrawing | null = null,
): Layer {
  // The contour lines' path strings first (the worker's when it drew them for this figure), then
  // the writes: the kit can do the first ahead, in a task of its own (`updateAhead`).
  const writes = (scales: LayerScales): ((svg: SVGSVGElement) => boolean) => {
    // Basin colours are Plot's to draw: no strings worked out for nothing.
    if (basins) return () => false;
    const { masked, lines } = m.map;
    const f = pixelFunctions(scales);
    const contours =
      lines.x.length === 0
        ? []
        : (drawingFor(m, scales, drawing)?.contours ?? (f && lineStrings(lines.x, lines.y, null, f.px, f.py)));
    return (svg) => {
      const groups = markGroups(svg);
      const labels = [...(masked.length > 0 ? ['rect'] : []), ...(lines.x.length > 0 ? ['line'] : [])];
      if (contours === null || !marksAre(groups, labels)) return false;
      if (masked.length > 0 && !redrawRects(groups[0]!, masked, scales)) return false;
      if (lines.x.length > 0) redrawPaths(groups[labels.length - 1]!, contours);
      return true;
    };
  };
  return {
    key: `${m.map.key}|${basinKey}`,
    redrawsAll: true,
    update: (svg, scales) => writes(scales)(svg),
    updateAhead: writes,
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
            // Cells tile the map: antialiased, their shared edges would show as faint seams.
            shapeRendering: 'crispEdges',
          }),
          rect(masked, {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: color.muted,
            fillOpacity: 0.35,
            shapeRendering: 'crispEdges',
          }),
          line(
            { length: lines.x.length },
            { x: lines.x, y: lines.y, stroke: color.muted, strokeOpacity: 0.55, strokeWidth: 1 },
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

export function mapArrows(m: ModelWithRuns, drawing: MapDrawing | null = null): Layer {
  const a = m.showArrows ? m.map.arrows : null;
  // The arrows' path string first (the worker's when it drew it for this figure), then the write.
  const writes = (scales: LayerScales): ((svg: SVGSVGElement) => boolean) => {
    const d =
      a === null || a.x1.length === 0
        ? null
        : (drawingFor(m, scales, drawing)?.arrows ?? arrowsPathString(a, scales, { headLength: ARROW_HEAD }));
    return (svg) => {
      const groups = markGroups(svg);
      if (a === null || a.x1.length === 0) return groups.length === 0;
      if (d === null || !marksAre(groups, ['arrow'])) return false;
      redrawPaths(groups[0]!, [d]);
      return true;
    };
  };
  return {
    key: a === null ? 'none' : m.map.key,
    redrawsAll: true,
    update: (svg, scales) => writes(scales)(svg),
    updateAhead: writes,
    // One path for all the arrows (kit arrowsPath): typing redraws them at every keystroke.
    plot: (): PlotOptions => ({
      marks: a === null ? [] : [arrowsPath(a, { stroke: color.accent, strokeOpacity: 0.4, headLength: ARROW_HEAD })],
    }),
  };
}
