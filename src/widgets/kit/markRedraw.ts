/**
 * Redraws the paths of a Plot line, arrow or rect mark in place, for a layer's `update` (see
 * PlotFigure's Layer): new data on the same figure (same size and scales) gives the mark's
 * group new <path> children with the geometry Plot would draw, without running Plot again.
 * Running Plot costs a few milliseconds per layer (scales, channels, the whole SVG); rebuilding
 * thousands of contour points as path strings costs a fraction of one. The group (its stroke,
 * opacity, transform) is Plot's, from the last full drawing.
 */
import { pixelDistance, type LayerContext, type LayerScales } from './PlotFigure';
import type { InvertibleScale } from './pointer';

/** Pixel position of a data value along a scale, or NaN. */
type Px = (v: number) => number;

/** The marks of a drawn layer: its SVG's groups, in drawing order (an empty mark draws no group). */
export function markGroups(svg: SVGSVGElement): Element[] {
  return Array.from(svg.querySelectorAll(':scope > g[aria-label]'));
}

/**
 * A linear scale's pixel function without d3's per-call machinery (thousands of calls per
 * redraw): the same arithmetic as d3's linear scale (normalise, then interpolate), used only
 * when it gives the scale's own numbers on a few values; null otherwise.
 */
function linearPx(scale: InvertibleScale & { readonly type?: unknown; readonly clamp?: unknown }): Px | null {
  const d = scale.domain;
  const r = scale.range;
  if (scale.type !== 'linear' || scale.clamp || d?.length !== 2 || r?.length !== 2 || !scale.apply) return null;
  const d0 = Number(d[0]);
  const span = Number(d[1]) - d0;
  const [r0, r1] = r as [number, number];
  const px = (v: number): number => {
    const t = (v - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
  for (const v of [d0, d0 + span, d0 + span / 2, d0 + 0.3 * span, d0 - 7.7 * span]) {
    if (px(v) !== Number(scale.apply(v))) return null;
  }
  return px;
}

/** The x and y pixel functions of the figure's scales, or null when they cannot be applied. */
export function pixelFunctions(scales: LayerScales): { px: Px; py: Px } | null {
  const { x, y } = scales;
  if (!x?.apply || !y?.apply) return null;
  const fx = x.apply.bind(x);
  const fy = y.apply.bind(y);
  return {
    px: linearPx(x) ?? ((v) => Number(fx(v))),
    py: linearPx(y) ?? ((v) => Number(fy(v))),
  };
}

/**
 * `pixelDistance` of the figure the scales belong to (the same numbers as a layer's `plot`
 * gets from its context), for thinning a path in `update`; null without linear scales.
 */
export function pixelDistanceOn(scales: LayerScales): ReturnType<typeof pixelDistance> | null {
  const span = (r: readonly unknown[] | undefined): number | null =>
    r?.length === 2 ? Math.abs(Number(r[1]) - Number(r[0])) : null;
  const domain = (d: readonly unknown[] | undefined): readonly [number, number] | undefined =>
    d?.length === 2 ? [Number(d[0]), Number(d[1])] : undefined;
  const w = span(scales.x?.range);
  const h = span(scales.y?.range);
  const x = domain(scales.x?.domain);
  const y = domain(scales.y?.domain);
  if (w === null || h === null || !x || !y) return null;
  const ctx: LayerContext = { width: 0, height: 0, plotRect: { left: 0, top: 0, width: w, height: h }, x, y };
  return pixelDistance(ctx);
}

/** d3-shape's line rounds to 3 decimals (its default `digits`). */
const r3 = (v: number): number => Math.round(v * 1000) / 1000;

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

function replacePaths(g: Element, ds: readonly string[]): void {
  fill(g, 'path', ['d'], ds.length, (e, k) => e.setAttribute('d', ds[k]!));
}

/**
 * A line mark's paths (Plot.line with constant styles): one path per series `z` (in order of
 * first appearance; all one series when `z` is null), broken where a point is not finite, as
 * Plot draws them with its linear curve.
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
  const series = new Map<number, { d: string; run: number }>();
  for (let k = 0; k < x.length; k++) {
    const key = z === null ? 0 : z[k]!;
    let s = series.get(key);
    if (s === undefined) {
      s = { d: '', run: 0 };
      series.set(key, s);
    }
    const X = f.px(x[k]!);
    const Y = f.py(y[k]!);
    if (!Number.isFinite(X) || !Number.isFinite(Y)) {
      // A lone point before a break is closed into a dot, as d3's line does.
      if (s.run === 1) s.d += 'Z';
      s.run = 0;
      continue;
    }
    s.d += `${s.run === 0 ? 'M' : 'L'}${r3(X)},${r3(Y)}`;
    s.run++;
  }
  const ds: string[] = [];
  for (const s of series.values()) {
    if (s.run === 1) s.d += 'Z';
    // A series with no finite point draws nothing (Plot makes no path for it).
    if (s.d !== '') ds.push(s.d);
  }
  replacePaths(g, ds);
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

export interface ArrowStyle {
  /** Plot's `headLength` (its default 8) and `headAngle` (60°); stroke width 1. */
  readonly headLength?: number;
  readonly headAngle?: number;
  readonly strokeWidth?: number;
}

/** An arrow mark's paths (Plot.arrow, straight, no insets), one per finite arrow, as Plot writes them. */
export function redrawArrows(
  g: Element,
  a: {
    readonly x1: ArrayLike<number>;
    readonly y1: ArrayLike<number>;
    readonly x2: ArrayLike<number>;
    readonly y2: ArrayLike<number>;
  },
  scales: LayerScales,
  style: ArrowStyle = {},
): boolean {
  const f = pixelFunctions(scales);
  if (f === null) return false;
  // Plot's own arithmetic, in its order, so that the strings are Plot's to the last digit (a
  // copied link, drawn by Plot, must show the same figure as a page updated in place).
  const wing = ((style.headAngle ?? 60) * (Math.PI / 180)) / 2;
  const wingScale = (style.headLength ?? 8) / 1.5;
  const sw = style.strokeWidth ?? 1;
  const ds: string[] = [];
  for (let k = 0; k < a.x1.length; k++) {
    const x1 = f.px(a.x1[k]!);
    const y1 = f.py(a.y1[k]!);
    const x2 = f.px(a.x2[k]!);
    const y2 = f.py(a.y2[k]!);
    if (![x1, y1, x2, y2].every(Number.isFinite)) continue;
    const length = Math.hypot(x2 - x1, y2 - y1);
    // Plot leaves a zero-length arrow's path without geometry: nothing to see either way.
    if (length <= 0) continue;
    const angle = Math.atan2(y2 - y1, x2 - x1);
    const head = Math.min(wingScale * sw, length / 3);
    const x3 = x2 - head * Math.cos(angle + wing);
    const y3 = y2 - head * Math.sin(angle + wing);
    const x4 = x2 - head * Math.cos(angle - wing);
    const y4 = y2 - head * Math.sin(angle - wing);
    ds.push(`M${x1},${y1}L${x2},${y2}${head ? `M${x3},${y3}L${x2},${y2}L${x4},${y4}` : ''}`);
  }
  replacePaths(g, ds);
  return true;
}
