import type { CompiledFormula } from '~/core/expr';
import type { Window2D } from '~/core/geometry/window';

/** Arrows of −∇f, as columns for Plot.arrow / Plot.vector. */
export interface GradientArrows {
  readonly x1: number[];
  readonly y1: number[];
  readonly x2: number[];
  readonly y2: number[];
  /** |∇f| at each arrow's foot. */
  readonly size: number[];
}

/**
 * The downhill direction −∇f/|∇f| on an m × m lattice of cell centres, drawn with one length
 * (0.4 of a cell) so steep and flat places both stay readable; |∇f| goes to the table and the
 * arrows' opacity. Points where f or ∇f is not finite, or ∇f = 0, get no arrow.
 */
export function gradientArrows(formula: CompiledFormula, window: Window2D, m: number): GradientArrows {
  const out = new Float64Array(3);
  const arrows: GradientArrows = { x1: [], y1: [], x2: [], y2: [], size: [] };
  const dx = (window.x[1] - window.x[0]) / m;
  const dy = (window.y[1] - window.y[0]) / m;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < m; i++) {
      const x = window.x[0] + (i + 0.5) * dx;
      const y = window.y[0] + (j + 0.5) * dy;
      formula.evaluate(x, y, out);
      const gx = out[1]!;
      const gy = out[2]!;
      // The arrow in cell units, so arrows have one length on screen whatever the window's aspect.
      const sx = gx / dx;
      const sy = gy / dy;
      const len = Math.hypot(sx, sy);
      if (!Number.isFinite(out[0]!) || !Number.isFinite(len) || len === 0) continue;
      arrows.x1.push(x);
      arrows.y1.push(y);
      arrows.x2.push(x - (0.4 * gx) / len);
      arrows.y2.push(y - (0.4 * gy) / len);
      arrows.size.push(Math.hypot(gx, gy));
    }
  }
  return arrows;
}
