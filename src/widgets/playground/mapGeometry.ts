/**
 * Everything the map draws for a formula over a window, as plain data: the contour lines (with
 * breaks at masked cells), the greyed cells, the downhill arrows, and what the summary says
 * about them. Pure and built from text, so the page computes it in a worker (map.worker.ts,
 * where the formula is parsed again: functions cannot be posted) and the build computes it at
 * once for the static figure; the main thread only draws it (mapPanel.ts).
 */
import { contourLines } from '~/core/contour/contour-lines';
import { CoreError } from '~/core/errors';
import { parseExpression } from '~/core/expr';
import type { Window2D } from '~/core/geometry/window';
import { cellRects, type CellRect } from './cellRects';
import { formulaMap, type FormulaMap } from './formulaMap';
import { gradientArrows, type GradientArrows } from './gradientArrows';

/** Samples per side of the map: smooth (interpolated) contours at 640 px. */
export const MAP_SIDE = 80;
/** Arrows per side of the gradient field. */
export const ARROWS_SIDE = 15;

/** What the map is computed from: plain data, so it can be posted to a worker. */
export interface MapInput {
  /** The formula's text (one that parses: the model draws the default one otherwise). */
  readonly formula: string;
  readonly window: Window2D;
}

export interface MapGeometry {
  /** `mapKey` of the input: which formula and window this is the map of. */
  readonly key: string;
  readonly formula: string;
  readonly window: Window2D;
  /**
   * The contour polylines one after another as columns for Plot.line without `z`: a NaN point
   * ends a line (between two polylines, and where a line meets a masked cell). So the map draws
   * every contour as one `<path>`, which the redraw of each keystroke restyles, lays out and
   * paints as one element instead of one per line.
   */
  readonly lines: { readonly x: Float64Array; readonly y: Float64Array };
  /** Cells where f is not finite (greyed out), as rectangles. */
  readonly masked: CellRect[];
  /** The share of the grid where f is not finite (0 … 1). */
  readonly maskedShare: number;
  /** Why there is nothing to contour, or null. */
  readonly problem: string | null;
  /** Downhill arrows (shown when the state asks for them). */
  readonly arrows: GradientArrows;
}

/** Identity of a map: the formula drawn and the window. */
export function mapKey(input: MapInput): string {
  const { x, y } = input.window;
  return `${input.formula}|${x[0]}|${x[1]}|${y[0]}|${y[1]}`;
}

/**
 * Contour lines one after another, a NaN point between two, with a break wherever a line point
 * touches a masked cell: d3-contour treats NaN as "below every level", which would otherwise
 * draw every level along the mask's edge.
 */
function unmaskedLines(map: FormulaMap): MapGeometry['lines'] {
  // No levels (f constant or nowhere finite: `problem` says so): no lines.
  if (map.thresholds.length === 0) return { x: new Float64Array(0), y: new Float64Array(0) };
  const lines = contourLines(map.grid, map.thresholds);
  const { x0, x1, y0, y1, nx, ny } = map.grid;
  const n = lines.x.length;
  const x = new Float64Array(n + Math.max(0, lines.count - 1));
  const y = new Float64Array(x.length);
  let out = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && lines.line[k] !== lines.line[k - 1]) {
      x[out] = NaN;
      y[out++] = NaN;
    }
    const fi = ((lines.x[k]! - x0) / (x1 - x0)) * (nx - 1);
    const fj = ((lines.y[k]! - y0) / (y1 - y0)) * (ny - 1);
    const i0 = Math.max(0, Math.floor(fi));
    const j0 = Math.max(0, Math.floor(fj));
    const i1 = Math.min(nx - 1, Math.ceil(fi));
    const j1 = Math.min(ny - 1, Math.ceil(fj));
    const masked =
      map.masked[j0 * nx + i0] || map.masked[j0 * nx + i1] || map.masked[j1 * nx + i0] || map.masked[j1 * nx + i1];
    x[out] = masked ? NaN : lines.x[k]!;
    y[out++] = masked ? NaN : lines.y[k]!;
  }
  return { x, y };
}

/** The map of a formula over a window; CoreError when the text does not parse (the worker trusts nothing). */
export function mapGeometry(input: MapInput): MapGeometry {
  const parsed = parseExpression(input.formula);
  if (!parsed.ok) throw new CoreError('invalid', parsed.error.message);
  const map = formulaMap(parsed.formula, input.window, MAP_SIDE);
  let masked = 0;
  for (const m of map.masked) masked += m;
  return {
    key: mapKey(input),
    formula: input.formula,
    window: input.window,
    lines: unmaskedLines(map),
    masked: cellRects(
      map.grid.nx,
      (k) => map.masked[k]!,
      input.window,
      (v) => v === 0,
    ),
    maskedShare: masked / map.masked.length,
    problem: map.problem,
    arrows: gradientArrows(parsed.formula, input.window, ARROWS_SIDE),
  };
}
