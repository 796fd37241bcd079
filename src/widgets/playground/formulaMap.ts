import type { CompiledFormula } from '~/core/expr';
import { quantileThresholds } from '~/core/contour/thresholds';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import type { Grid } from '~/core/grid/grid';
import type { Window2D } from '~/core/geometry/window';

/** What the map draws for a typed formula over a window. */
export interface FormulaMap {
  /** f on the grid; cells where f is NaN or ±Infinity hold NaN (holes in every contour band). */
  readonly grid: Grid;
  /** Contour levels at quantiles of the finite values (each band covers about the same area). */
  readonly thresholds: number[];
  /** 1 where f is not finite: the map greys these cells out. */
  readonly masked: Uint8Array;
  /** Why there is nothing to contour, or null. */
  readonly problem: string | null;
}

/** Contour levels: enough to read the shape, few enough to stay legible. */
export const LEVELS = 12;

/**
 * Samples a formula over a window on an n × n grid for the map. Any formula is fine: values
 * that are not finite are masked, never passed on as numbers to draw.
 */
export function formulaMap(formula: CompiledFormula, window: Window2D, n: number): FormulaMap {
  const grid = evaluateGrid(formula.value, { x: window.x, y: window.y, nx: n, ny: n });
  const values = grid.values;
  const masked = new Uint8Array(values.length);
  for (let m = 0; m < values.length; m++) {
    if (!Number.isFinite(values[m]!)) {
      values[m] = NaN;
      masked[m] = 1;
    }
  }
  let problem: string | null = null;
  let thresholds: number[] = [];
  if (grid.nonFinite === values.length) problem = 'f is not a finite number anywhere in this window';
  else if (!(grid.max > grid.min))
    problem = `f is constant (${grid.min}) where it is defined in this window: there are no contours`;
  else thresholds = quantileThresholds(values, LEVELS);
  return { grid, thresholds, masked, problem };
}
