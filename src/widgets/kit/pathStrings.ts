/**
 * The `d` strings Plot writes for a line, arrow or geo (polygons) mark, from numbers only: no DOM, no Plot, so
 * a worker can write them too. A worker that knows the figure's pixel frame (its linear scales
 * as numbers: `pixelFrame` in markRedraw.ts) then sends drawings ready to put in place, and the
 * page's frame that shows them only sets attributes (`redrawPaths`) instead of turning thousands
 * of points into text.
 */

/** A linear scale as numbers: data `domain` → pixel `range`. */
export interface LinearFrame {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** The pixel frame of a figure with linear x and y scales: plain data, postable to a worker. */
export interface PixelFrame {
  readonly x: LinearFrame;
  readonly y: LinearFrame;
}

/** Pixel position of a data value, or NaN. */
export type Px = (v: number) => number;

/** A linear frame's pixel function: d3's linear arithmetic (normalise, then interpolate). */
export function linearPixels(f: LinearFrame): Px {
  const d0 = f.domain[0];
  const span = f.domain[1] - d0;
  const [r0, r1] = f.range;
  return (v) => {
    const t = (v - d0) / span;
    return r0 * (1 - t) + r1 * t;
  };
}

const sameLinear = (a: LinearFrame, b: LinearFrame): boolean =>
  a.domain[0] === b.domain[0] && a.domain[1] === b.domain[1] && a.range[0] === b.range[0] && a.range[1] === b.range[1];

/** Whether two frames map every point to the same pixel (strings written for one fit the other). */
export function samePixelFrame(a: PixelFrame | null | undefined, b: PixelFrame | null | undefined): boolean {
  return a != null && b != null && sameLinear(a.x, b.x) && sameLinear(a.y, b.y);
}

/**
 * Data → pixel distance between points {x, y} with `kx`, `ky` pixels per data unit (the kit's
 * `pixelDistance`, for thinning paths).
 */
export function distanceFor(
  kx: number,
  ky: number,
): (a: { x: number; y: number }, b: { x: number; y: number }) => number {
  return (a, b) => Math.hypot((a.x - b.x) * kx, (a.y - b.y) * ky);
}

/** `pixelDistance` of a figure of this frame (the numbers a layer's `plot` gets from its context). */
export function frameDistance(f: PixelFrame): ReturnType<typeof distanceFor> {
  const k = (l: LinearFrame): number => Math.abs(l.range[1] - l.range[0]) / Math.abs(l.domain[1] - l.domain[0] || 1);
  return distanceFor(k(f.x), k(f.y));
}

/** d3-shape's line rounds to 3 decimals (its default `digits`). */
const r3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * A line mark's path strings (Plot.line with constant styles): one per series `z` (in order of
 * first appearance; all one series when `z` is null), broken where a point is not finite, as
 * Plot draws them with its linear curve. A series with no finite point draws nothing.
 */
export function lineStrings(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  z: ArrayLike<number> | null,
  px: Px,
  py: Px,
): string[] {
  const series = new Map<number, { d: string; run: number }>();
  for (let k = 0; k < x.length; k++) {
    const key = z === null ? 0 : z[k]!;
    let s = series.get(key);
    if (s === undefined) {
      s = { d: '', run: 0 };
      series.set(key, s);
    }
    const X = px(x[k]!);
    const Y = py(y[k]!);
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
    if (s.d !== '') ds.push(s.d);
  }
  return ds;
}

/** A GeoJSON Polygon or MultiPolygon, in the x and y scales' data units. */
export type PolygonGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: ArrayLike<ArrayLike<ArrayLike<number>>> }
  | { readonly type: 'MultiPolygon'; readonly coordinates: ArrayLike<ArrayLike<ArrayLike<ArrayLike<number>>>> };

/** Whether `g` is a Polygon or MultiPolygon (what `polygonString` writes). */
export function isPolygonGeometry(g: unknown): g is PolygonGeometry {
  const t = (g as { type?: unknown } | null)?.type;
  return (t === 'Polygon' || t === 'MultiPolygon') && Array.isArray((g as { coordinates?: unknown }).coordinates);
}

/**
 * The path string Plot.geo writes for a polygon geometry on x and y scales (no projection):
 * d3-geo's path of Plot's x/y transform, without its stream. Each ring is M…L…Z without its
 * closing point (GeoJSON repeats the first point), coordinates to 3 decimals; empty, as d3's
 * null, for no ring.
 */
export function polygonString(geometry: PolygonGeometry, px: Px, py: Px): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (let p = 0; p < polygons.length; p++) {
    const rings = polygons[p]!;
    for (let r = 0; r < rings.length; r++) {
      const ring = rings[r]!;
      for (let k = 0; k < ring.length - 1; k++) {
        const point = ring[k]!;
        d += `${k === 0 ? 'M' : 'L'}${r3(px(point[0]!))},${r3(py(point[1]!))}`;
      }
      d += 'Z';
    }
  }
  return d;
}

export interface ArrowStyle {
  /** Plot's `headLength` (its default 8) and `headAngle` (60°); stroke width 1. */
  readonly headLength?: number;
  readonly headAngle?: number;
  readonly strokeWidth?: number;
}

/** Arrows as columns: arrow k goes from (x1[k], y1[k]) to (x2[k], y2[k]). */
export interface ArrowColumns {
  readonly x1: ArrayLike<number>;
  readonly y1: ArrayLike<number>;
  readonly x2: ArrayLike<number>;
  readonly y2: ArrayLike<number>;
}

/** An arrow mark's path strings (Plot.arrow, straight, no insets), one per finite arrow, as Plot writes them. */
export function arrowStrings(a: ArrowColumns, px: Px, py: Px, style: ArrowStyle = {}): string[] {
  // Plot's own arithmetic, in its order, so that the strings are Plot's to the last digit (a
  // copied link, drawn by Plot, must show the same figure as a page updated in place).
  const wing = ((style.headAngle ?? 60) * (Math.PI / 180)) / 2;
  const wingScale = (style.headLength ?? 8) / 1.5;
  const sw = style.strokeWidth ?? 1;
  const ds: string[] = [];
  for (let k = 0; k < a.x1.length; k++) {
    const x1 = px(a.x1[k]!);
    const y1 = py(a.y1[k]!);
    const x2 = px(a.x2[k]!);
    const y2 = py(a.y2[k]!);
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
  return ds;
}

const isLinearFrame = (f: unknown): f is LinearFrame => {
  const l = f as Partial<LinearFrame> | null;
  const pair = (p: unknown): boolean =>
    Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
  return typeof l === 'object' && l !== null && pair(l.domain) && pair(l.range) && l.domain![0] !== l.domain![1];
};

/** Whether `f` is a usable pixel frame (a worker trusts nothing it receives). */
export function isPixelFrame(f: unknown): f is PixelFrame {
  const p = f as Partial<PixelFrame> | null;
  return typeof p === 'object' && p !== null && isLinearFrame(p.x) && isLinearFrame(p.y);
}
