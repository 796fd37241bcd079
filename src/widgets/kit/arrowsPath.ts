/**
 * A field of straight arrows as one Plot mark drawing one `<path>`: Plot.arrow draws a `<path>`
 * per arrow, and a map that redraws its 225 downhill arrows at every keystroke then has the
 * browser restyle, lay out and paint 225 elements each time. The geometry is Plot.arrow's to
 * the last digit (`arrowStrings` with the figure's pixel functions), the path strings of the
 * arrows one after another; constant styles only, no insets, no bend.
 *
 *     marks: [arrowsPath(columns, { stroke: color.accent, strokeOpacity: 0.4, headLength: 5 })]
 *
 * In place (a layer's `update`), `redrawArrowsPath` gives the mark's group the same path.
 */
import type { RenderFunction } from '@observablehq/plot';
import type { LayerScales } from './PlotFigure';
import { pixelFunctions, redrawPaths } from './markRedraw';
import { onePathMark } from './onePathMark';
import { arrowStrings, type ArrowColumns, type ArrowStyle } from './pathStrings';

export interface ArrowsPathOptions extends ArrowStyle {
  /** A colour (or CSS variable) for every arrow. */
  readonly stroke: string;
  readonly strokeOpacity?: number;
}

/** The one path string of the arrows in the figure of `scales`; null when the scales cannot be applied. */
export function arrowsPathString(a: ArrowColumns, scales: LayerScales, style: ArrowStyle = {}): string | null {
  const f = pixelFunctions(scales);
  return f === null ? null : arrowStrings(a, f.px, f.py, style).join('');
}

/**
 * The mark: a group labelled "arrow" (as Plot's arrow mark is, for `markGroups`) with one path;
 * no group when no arrow can be drawn, as Plot draws none for an empty mark.
 */
export function arrowsPath(a: ArrowColumns, o: ArrowsPathOptions): RenderFunction {
  const attributes: Record<string, string> = {
    'aria-label': 'arrow',
    fill: 'none',
    stroke: o.stroke,
    'stroke-linecap': 'round',
    'stroke-miterlimit': '1',
  };
  if (o.strokeOpacity !== undefined) attributes['stroke-opacity'] = String(o.strokeOpacity);
  if ((o.strokeWidth ?? 1) !== 1) attributes['stroke-width'] = String(o.strokeWidth);
  return onePathMark(attributes, (px, py) => arrowStrings(a, px, py, o).join(''));
}

/** Gives an `arrowsPath` mark's group the arrows `a` in place; false when the scales cannot be applied. */
export function redrawArrowsPath(g: Element, a: ArrowColumns, scales: LayerScales, style: ArrowStyle = {}): boolean {
  const d = arrowsPathString(a, scales, style);
  if (d === null) return false;
  redrawPaths(g, [d]);
  return true;
}
