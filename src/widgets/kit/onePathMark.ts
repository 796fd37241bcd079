/**
 * What the kit's one-path marks (`arrowsPath`, `linesPath`) draw: a group with a mark's
 * constant styles and a single `<path>`, placed where Plot places its own marks.
 */

import type { RenderFunction } from '@observablehq/plot';
import { pixelFunctions } from './markRedraw';
import type { Px } from './pathStrings';
import type { InvertibleScale } from './pointer';
import type { LayerScales } from './PlotFigure';

/** The SVG namespace, for the kit's marks that make their own elements. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Plot's half-pixel shift of its marks (`offset` in its style.js, not exported): 0.5 px in a
 * browser at devicePixelRatio 1 (crisp one-pixel strokes), none on denser screens or on the
 * server (unless a test runner's global `it` is there). The same expression, so that a one-path
 * mark sits where Plot's own mark would.
 */
const PLOT_OFFSET = (
  typeof window !== 'undefined'
    ? window.devicePixelRatio > 1
    : typeof (globalThis as { it?: unknown }).it === 'undefined'
)
  ? 0
  : 0.5;

/**
 * A `<g>` with `attributes` (its `aria-label` names the mark, as Plot's groups do, for
 * `markGroups`) and Plot's offset, holding one `<path>` with `d`.
 */
export function onePathGroup(document: Document, attributes: Readonly<Record<string, string>>, d: string): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  for (const [k, v] of Object.entries(attributes)) g.setAttribute(k, v);
  if (PLOT_OFFSET !== 0) g.setAttribute('transform', `translate(${PLOT_OFFSET},${PLOT_OFFSET})`);
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  g.append(path);
  return g;
}

/**
 * Farther than this from the figure (CSS px), a one-path mark leaves its shape out: Plot would
 * draw it out of sight, and one such number in a path (a diverging run's 1e300, or Infinity)
 * would end the browser's reading of the path and every shape after it.
 */
export const FAR_PX = 1e6;

/** A pixel coordinate to a hundredth, for a one-path mark's path data (the server's SVG keeps a tenth). */
export const hundredth = (v: number): number => Math.round(v * 100) / 100;

/** The x and y scales a render function (a mark given to Plot as a function) receives. */
export function renderScales(scales: unknown): LayerScales {
  const s = (scales as { scales: Record<string, InvertibleScale | undefined> }).scales;
  return { x: s.x, y: s.y };
}

/**
 * A one-path mark as Plot takes it (a render function): `pathData` writes the mark's path with
 * the figure's pixel functions; the group gets `attributes`. No group when the scales cannot be
 * applied or there is nothing to draw, as Plot draws none for an empty mark.
 */
export function onePathMark(
  attributes: Readonly<Record<string, string>>,
  pathData: (px: Px, py: Px) => string,
): RenderFunction {
  return (_index, scales, _values, _dimensions, context) => {
    const f = pixelFunctions(renderScales(scales));
    if (f === null) return null;
    const d = pathData(f.px, f.py);
    return d === '' ? null : onePathGroup(context.document, attributes, d);
  };
}
