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
import type { InvertibleScale } from './pointer';
import type { LayerScales } from './PlotFigure';
import { pixelFunctions, redrawPaths } from './markRedraw';
import { arrowStrings, type ArrowColumns, type ArrowStyle } from './pathStrings';

export interface ArrowsPathOptions extends ArrowStyle {
  /** A colour (or CSS variable) for every arrow. */
  readonly stroke: string;
  readonly strokeOpacity?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Plot's half-pixel shift of its marks (`offset` in its style.js, not exported): 0.5 px in a
 * browser at devicePixelRatio 1 (crisp one-pixel strokes), none on denser screens or on the
 * server (unless a test runner's global `it` is there). The same expression, so that these
 * arrows sit where Plot.arrow's would.
 */
const PLOT_OFFSET = (
  typeof window !== 'undefined'
    ? window.devicePixelRatio > 1
    : typeof (globalThis as { it?: unknown }).it === 'undefined'
)
  ? 0
  : 0.5;

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
  return (_index, scales, _values, _dimensions, context) => {
    const s = (scales as unknown as { scales: Record<string, InvertibleScale | undefined> }).scales;
    const d = arrowsPathString(a, { x: s.x, y: s.y }, o);
    if (d === null || d === '') return null;
    const g = context.document.createElementNS(SVG_NS, 'g');
    const attributes: Record<string, string> = {
      'aria-label': 'arrow',
      fill: 'none',
      stroke: o.stroke,
      'stroke-linecap': 'round',
      'stroke-miterlimit': '1',
    };
    if (o.strokeOpacity !== undefined) attributes['stroke-opacity'] = String(o.strokeOpacity);
    if ((o.strokeWidth ?? 1) !== 1) attributes['stroke-width'] = String(o.strokeWidth);
    if (PLOT_OFFSET !== 0) attributes.transform = `translate(${PLOT_OFFSET},${PLOT_OFFSET})`;
    for (const [k, v] of Object.entries(attributes)) g.setAttribute(k, v);
    const path = context.document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    g.append(path);
    return g;
  };
}

/** Gives an `arrowsPath` mark's group the arrows `a` in place; false when the scales cannot be applied. */
export function redrawArrowsPath(g: Element, a: ArrowColumns, scales: LayerScales, style: ArrowStyle = {}): boolean {
  const d = arrowsPathString(a, scales, style);
  if (d === null) return false;
  redrawPaths(g, [d]);
  return true;
}
