/**
 * Many lines of one style (a contour map's lines) as one Plot mark drawing one `<path>`. Plot.line
 * with a `z` channel groups the points by series, runs every point through its channels and
 * writes a `<path>` per series: in a widget's first drawing, with Plot's code still cold, that
 * was most of the task that draws a contour map's layer. Here the points go straight to the
 * path string, with Plot.line's geometry to the last digit (`lineStrings`: its linear curve,
 * broken where a point is not finite) and its attributes; constant styles only.
 *
 *     marks: [linesPath(contours, { stroke: color.muted, strokeOpacity: 0.45 })]
 */
import type { RenderFunction } from '@observablehq/plot';
import { onePathMark } from './onePathMark';
import { lineStrings } from './pathStrings';

/** Lines as columns: point k is (x[k], y[k]) on line `line[k]` (one line, broken at NaN, without `line`). */
export interface LineColumns {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly line?: ArrayLike<number> | null;
}

export interface LinesPathOptions {
  /** A colour (or CSS variable) for every line. */
  readonly stroke: string;
  readonly strokeOpacity?: number;
  /** Plot.line's default: 1.5. */
  readonly strokeWidth?: number;
  /** Dashes, as Plot's `strokeDasharray` ('6,3'); none when undefined. */
  readonly strokeDasharray?: string | undefined;
}

/**
 * The mark: a group labelled "line" with Plot.line's attributes and one path; no group when no
 * line can be drawn, as Plot draws none for an empty mark.
 */
export function linesPath(c: LineColumns, o: LinesPathOptions): RenderFunction {
  const attributes: Record<string, string> = { 'aria-label': 'line', fill: 'none', stroke: o.stroke };
  const width = o.strokeWidth ?? 1.5;
  if (width !== 1) attributes['stroke-width'] = String(width);
  if (o.strokeOpacity !== undefined && o.strokeOpacity !== 1) attributes['stroke-opacity'] = String(o.strokeOpacity);
  attributes['stroke-linejoin'] = 'round';
  attributes['stroke-linecap'] = 'round';
  if (o.strokeDasharray !== undefined) attributes['stroke-dasharray'] = o.strokeDasharray;
  return onePathMark(attributes, (px, py) => lineStrings(c.x, c.y, c.line ?? null, px, py).join(''));
}
