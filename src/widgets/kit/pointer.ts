/**
 * Pointer positions → data coordinates of a drawn Plot figure. Plot has no
 * update API, so the kit keeps the scales of the last drawn layer and inverts
 * them here.
 */

/** What we need of a Plot scale: `plot.scale('x')` returns this (linear, log, …). */
export interface InvertibleScale {
  readonly domain?: readonly unknown[];
  readonly range?: readonly number[];
  invert?(px: number): unknown;
  apply?(v: unknown): unknown;
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A client (CSS pixel) position inside an SVG drawn `viewWidth` × `viewHeight`
 * user units wide but displayed at `rect` size → SVG user units.
 */
export function clientToView(
  rect: Rect,
  viewWidth: number,
  viewHeight: number,
  clientX: number,
  clientY: number,
): [number, number] {
  const sx = rect.width > 0 ? viewWidth / rect.width : 1;
  const sy = rect.height > 0 ? viewHeight / rect.height : 1;
  return [(clientX - rect.left) * sx, (clientY - rect.top) * sy];
}

function invert(scale: InvertibleScale | undefined, px: number): number {
  if (scale === undefined) return Number.NaN;
  if (typeof scale.invert === 'function') return Number(scale.invert(px));
  const d = scale.domain;
  const r = scale.range;
  if (!d || !r || d.length < 2 || r.length < 2) return Number.NaN;
  const [d0, d1] = [Number(d[0]), Number(d[d.length - 1])];
  const [r0, r1] = [r[0]!, r[r.length - 1]!];
  return r1 === r0 ? d0 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0);
}

/** SVG user units → data coordinates, clamped to the scales' domains. NaN when a scale is missing. */
export function viewToData(
  x: InvertibleScale | undefined,
  y: InvertibleScale | undefined,
  px: number,
  py: number,
): { x: number; y: number } {
  return { x: clampToDomain(x, invert(x, px)), y: clampToDomain(y, invert(y, py)) };
}

function clampToDomain(scale: InvertibleScale | undefined, v: number): number {
  const d = scale?.domain;
  if (!d || d.length < 2 || Number.isNaN(v)) return v;
  const a = Number(d[0]);
  const b = Number(d[d.length - 1]);
  return Math.min(Math.max(a, b), Math.max(Math.min(a, b), v));
}

/** Client position over `svg` (a Plot figure) → data coordinates through `scales`. */
export function clientToData(
  svg: SVGSVGElement,
  scales: { x?: InvertibleScale; y?: InvertibleScale },
  clientX: number,
  clientY: number,
): { x: number; y: number } {
  const rect = svg.getBoundingClientRect();
  const vb = svg.viewBox?.baseVal;
  const w = vb && vb.width > 0 ? vb.width : rect.width;
  const h = vb && vb.height > 0 ? vb.height : rect.height;
  const [px, py] = clientToView(rect, w, h, clientX, clientY);
  return viewToData(scales.x, scales.y, px, py);
}
