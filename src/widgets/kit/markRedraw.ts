/**
 * Redraws the paths of a Plot line or rect mark (or the kit's arrowsPath) in place, for a layer's `update` (see
 * PlotFigure's Layer): new data on the same figure (same size and scales) gives the mark's
 * group new <path> children with the geometry Plot would draw, without running Plot again.
 * Running Plot costs a few milliseconds per layer (scales, channels, the whole SVG); rebuilding
 * thousands of contour points as path strings costs a fraction of one. The group (its stroke,
 * opacity, transform) is Plot's, from the last full drawing.
 */
import type { LayerScales } from './PlotFigure';
import type { InvertibleScale } from './pointer';
import { frameDistance, lineStrings, linearPixels, type LinearFrame, type PixelFrame, type Px } from './pathStrings';

export type { PixelFrame } from './pathStrings';

/** The marks of a drawn layer: its SVG's groups, in drawing order (an empty mark draws no group). */
export function markGroups(svg: SVGSVGElement): Element[] {
  return Array.from(svg.querySelectorAll(':scope > g[aria-label]'));
}

/**
 * A linear scale as numbers, when its pixel function is d3's linear arithmetic (`linearPixels`)
 * to the last digit on a few values; null otherwise (another type, clamped, piecewise).
 */
function linearFrame(
  scale: InvertibleScale & { readonly type?: unknown; readonly clamp?: unknown },
): LinearFrame | null {
  const d = scale.domain;
  const r = scale.range;
  if (scale.type !== 'linear' || scale.clamp || d?.length !== 2 || r?.length !== 2 || !scale.apply) return null;
  const frame: LinearFrame = { domain: [Number(d[0]), Number(d[1])], range: [Number(r[0]), Number(r[1])] };
  const px = linearPixels(frame);
  const d0 = frame.domain[0];
  const span = frame.domain[1] - d0;
  for (const v of [d0, d0 + span, d0 + span / 2, d0 + 0.3 * span, d0 - 7.7 * span]) {
    if (px(v) !== Number(scale.apply(v))) return null;
  }
  return frame;
}

/**
 * The figure's pixel frame when both scales are linear (see `linearFrame`), or null: what a
 * worker needs to write the figure's path strings (pathStrings.ts) exactly as the page would.
 */
export function pixelFrame(scales: LayerScales): PixelFrame | null {
  const x = scales.x ? linearFrame(scales.x) : null;
  const y = scales.y ? linearFrame(scales.y) : null;
  return x && y ? { x, y } : null;
}

/**
 * The x and y pixel functions of the figure's scales, or null when they cannot be applied. A
 * linear scale gets `linearPixels`, without d3's per-call machinery (thousands of calls per
 * redraw).
 */
export function pixelFunctions(scales: LayerScales): { px: Px; py: Px } | null {
  const { x, y } = scales;
  if (!x?.apply || !y?.apply) return null;
  const fx = x.apply.bind(x);
  const fy = y.apply.bind(y);
  const lx = linearFrame(x);
  const ly = linearFrame(y);
  return {
    px: lx ? linearPixels(lx) : (v) => Number(fx(v)),
    py: ly ? linearPixels(ly) : (v) => Number(fy(v)),
  };
}

/**
 * `pixelDistance` of the figure the scales belong to (the same numbers as a layer's `plot`
 * gets from its context), for thinning a path in `update`; null without linear scales.
 */
export function pixelDistanceOn(scales: LayerScales): ReturnType<typeof frameDistance> | null {
  const span = (r: readonly unknown[] | undefined): readonly [number, number] | null =>
    r?.length === 2 ? [Number(r[0]), Number(r[1])] : null;
  const rx = span(scales.x?.range);
  const ry = span(scales.y?.range);
  const dx = span(scales.x?.domain);
  const dy = span(scales.y?.domain);
  if (!rx || !ry || !dx || !dy) return null;
  return frameDistance({ x: { domain: dx, range: rx }, y: { domain: dy, range: ry } });
}

/**
 * Gives the group `n` children of `tag` and sets each one's `attributes` (`set`), reusing the
 * children it has when they carry those attributes only: changing attributes is cheaper than
 * new elements.
 */
function fill(
  g: Element,
  tag: string,
  attributes: readonly string[],
  n: number,
  set: (e: Element, k: number) => void,
): void {
  const doc = g.ownerDocument;
  const ns = g.namespaceURI ?? 'http://www.w3.org/2000/svg';
  const kids = Array.from(g.children);
  const reusable = (e: Element): boolean =>
    e.localName === tag && e.attributes.length === attributes.length && attributes.every((a) => e.hasAttribute(a));
  if (!kids.every(reusable)) {
    g.replaceChildren();
    kids.length = 0;
  }
  const added: Element[] = [];
  for (let k = 0; k < n; k++) {
    const e = kids[k] ?? doc.createElementNS(ns, tag);
    set(e, k);
    if (k >= kids.length) added.push(e);
  }
  for (let k = kids.length - 1; k >= n; k--) kids[k]!.remove();
  if (added.length > 0) g.append(...added);
}

/** Gives a line or arrow mark's group these path strings (from `lineStrings`, `arrowStrings`, or a worker's). */
export function redrawPaths(g: Element, ds: readonly string[]): void {
  fill(g, 'path', ['d'], ds.length, (e, k) => e.setAttribute('d', ds[k]!));
}

/**
 * A line mark's paths (Plot.line with constant styles): one path per series `z` (in order of
 * first appearance; all one series when `z` is null), broken where a point is not finite, as
 * Plot draws them with its linear curve (`lineStrings`).
 */
export function redrawLines(
  g: Element,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  z: ArrayLike<number> | null,
  scales: LayerScales,
): boolean {
  const f = pixelFunctions(scales);
  if (f === null) return false;
  redrawPaths(g, lineStrings(x, y, z, f.px, f.py));
  return true;
}

/** A rect mark's rectangles (Plot.rect with x1, x2, y1, y2 channels, no insets or rounding). */
export function redrawRects(
  g: Element,
  rects: ReadonlyArray<{ readonly x1: number; readonly x2: number; readonly y1: number; readonly y2: number }>,
  scales: LayerScales,
): boolean {
  const f = pixelFunctions(scales);
  if (f === null) return false;
  const shown: Array<readonly [number, number, number, number]> = [];
  for (const r of rects) {
    const X1 = f.px(r.x1);
    const X2 = f.px(r.x2);
    const Y1 = f.py(r.y1);
    const Y2 = f.py(r.y2);
    if ([X1, X2, Y1, Y2].every(Number.isFinite)) shown.push([X1, X2, Y1, Y2]);
  }
  fill(g, 'rect', ['x', 'y', 'width', 'height'], shown.length, (e, k) => {
    const [X1, X2, Y1, Y2] = shown[k]!;
    e.setAttribute('x', String(Math.min(X1, X2)));
    e.setAttribute('y', String(Math.min(Y1, Y2)));
    e.setAttribute('width', String(Math.abs(X2 - X1)));
    e.setAttribute('height', String(Math.abs(Y2 - Y1)));
  });
  return true;
}
