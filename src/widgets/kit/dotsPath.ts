/**
 * Many dots of one style as one Plot mark drawing one `<path>`: Plot.dot draws an element per
 * dot, and network-landscape's 200 data points were 200 elements for the browser to style, lay
 * out and paint in the figure's first drawing (about 0.3 ms each at 4× CPU on a phone's
 * screen). The dots are where Plot.dot puts them (the figure's pixel functions) and of its
 * sizes: a circle of radius `r`, or a square of the same area (side r√π), as Plot's `symbol`
 * sizes them. One path is filled, then outlined: where dots overlap, every outline shows
 * (Plot's own dots hide the outlines of those they cover).
 *
 *     marks: [dotsPath({ x, y }, { r: 3, symbol: 'square', fill: '#2166ac', stroke: 'white' })]
 */
import type { RenderFunction } from '@observablehq/plot';
import type { LineColumns } from './linesPath';
import type { Px } from './pathStrings';
import { FAR_PX, hundredth, onePathMark } from './onePathMark';

export interface DotsPathOptions {
  /** Radius in CSS pixels (a square has the area of this circle). */
  readonly r: number;
  readonly symbol?: 'circle' | 'square';
  readonly fill: string;
  /**
   * Opacity of the fill. The dots are one shape: where two overlap, the overlap is filled once,
   * not darker (Plot's dots, each its own element, stack their opacities there).
   */
  readonly fillOpacity?: number;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** The group's aria-label (default "dot", as Plot's dot mark's). */
  readonly ariaLabel?: string;
}

/** Dots as points { x, y }, or as columns (dot k at (x[k], y[k])). */
export type Dots = Pick<LineColumns, 'x' | 'y'> | ReadonlyArray<{ readonly x: number; readonly y: number }>;

/**
 * The path data of the dots (data coordinates) through the pixel functions. Dots not finite, or
 * a million pixels off the figure (a diverging run's: `FAR_PX`), are left out.
 */
export function dotsPathString(dots: Dots, X: Px, Y: Px, o: Pick<DotsPathOptions, 'r' | 'symbol'>): string {
  if (!(o.r > 0) || !Number.isFinite(o.r)) throw new RangeError(`dotsPath: r must be a positive number, got ${o.r}`);
  const points = Array.isArray(dots) ? (dots as ReadonlyArray<{ x: number; y: number }>) : null;
  const columns = dots as Pick<LineColumns, 'x' | 'y'>;
  const n = points ? points.length : Math.min(columns.x.length, columns.y.length);
  const parts: string[] = [];
  const half = (Math.sqrt(Math.PI) * o.r) / 2;
  const w = hundredth(2 * half);
  for (let i = 0; i < n; i++) {
    const x = X(points ? points[i]!.x : columns.x[i]!);
    const y = Y(points ? points[i]!.y : columns.y[i]!);
    if (!(Math.abs(x) < FAR_PX) || !(Math.abs(y) < FAR_PX)) continue;
    if (o.symbol === 'square') {
      parts.push(`M${hundredth(x - half)},${hundredth(y - half)}h${w}v${w}h${-w}Z`);
    } else {
      parts.push(
        `M${hundredth(x + o.r)},${hundredth(y)}A${o.r},${o.r},0,1,1,${hundredth(x - o.r)},${hundredth(y)}A${o.r},${o.r},0,1,1,${hundredth(x + o.r)},${hundredth(y)}Z`,
      );
    }
  }
  return parts.join('');
}

/** The mark: a group (labelled "dot" by default) with one path; none when no dot can be drawn. */
export function dotsPath(dots: Dots, o: DotsPathOptions): RenderFunction {
  const attributes: Record<string, string> = { 'aria-label': o.ariaLabel ?? 'dot', fill: o.fill };
  if (o.fillOpacity !== undefined) attributes['fill-opacity'] = String(o.fillOpacity);
  if (o.stroke !== undefined) attributes.stroke = o.stroke;
  if (o.strokeWidth !== undefined) attributes['stroke-width'] = String(o.strokeWidth);
  return onePathMark(attributes, (px, py) => dotsPathString(dots, px, py, o));
}
