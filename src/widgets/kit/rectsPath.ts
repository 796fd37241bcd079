/**
 * Many rectangles of one style as one Plot mark drawing one `<path>`: Plot.rect draws an
 * element per rectangle, and multi-start's basin map, a few hundred runs of cells, was as many
 * elements for the browser to style, lay out and paint whenever a map arrived. The rectangles
 * are where Plot.rect puts them (the figure's pixel functions, no insets); ones that overlap
 * are filled once (a translucent fill does not darken), so the picture is Plot's for
 * rectangles that tile, as a map's cells do.
 *
 *     marks: [rectsPath(cells, { fill: '#1b9e77', fillOpacity: 0.42, shapeRendering: 'crispEdges' })]
 */
import type { RenderFunction } from '@observablehq/plot';
import type { Px } from './pathStrings';
import { FAR_PX, hundredth, onePathMark } from './onePathMark';

export interface Rect {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

export interface RectsPathOptions {
  readonly fill: string;
  readonly fillOpacity?: number;
  readonly shapeRendering?: 'crispEdges' | 'geometricPrecision' | 'auto';
  /** The group's aria-label (default "rect", as Plot's rect mark's). */
  readonly ariaLabel?: string;
}

/**
 * The path data of the rectangles (data coordinates) through the pixel functions; a rectangle
 * with a corner not finite or far off the figure (`FAR_PX`), or of no area, is left out.
 */
export function rectsPathString(rects: readonly Rect[], X: Px, Y: Px): string {
  const parts: string[] = [];
  for (const r of rects) {
    const xa = X(r.x1);
    const xb = X(r.x2);
    const ya = Y(r.y1);
    const yb = Y(r.y2);
    if (![xa, xb, ya, yb].every((v) => Math.abs(v) < FAR_PX)) continue;
    const [x0, x1] = xa < xb ? [hundredth(xa), hundredth(xb)] : [hundredth(xb), hundredth(xa)];
    const [y0, y1] = ya < yb ? [hundredth(ya), hundredth(yb)] : [hundredth(yb), hundredth(ya)];
    if (x1 === x0 || y1 === y0) continue;
    parts.push(`M${x0},${y0}H${x1}V${y1}H${x0}Z`);
  }
  return parts.join('');
}

/** The mark: a group (labelled "rect" by default) with one path; none when no rectangle can be drawn. */
export function rectsPath(rects: readonly Rect[], o: RectsPathOptions): RenderFunction {
  const attributes: Record<string, string> = { 'aria-label': o.ariaLabel ?? 'rect', fill: o.fill };
  if (o.fillOpacity !== undefined) attributes['fill-opacity'] = String(o.fillOpacity);
  if (o.shapeRendering !== undefined) attributes['shape-rendering'] = o.shapeRendering;
  return onePathMark(attributes, (px, py) => rectsPathString(rects, px, py));
}
