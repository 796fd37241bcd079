import type { Surface2D } from '../loss/objective';
import { makeSurface2D, type SurfaceMeta } from '../loss/surface-2d';
import type { CompiledFormula } from './compile';

/**
 * A compiled formula as a Surface2D, so the optimisers and grids of the core run on it like
 * on any catalogue surface. The gradient is the formula's exact (automatic) gradient; there is
 * no closed-form Hessian.
 *
 * The surface keeps the gradient at the last point it was asked for: a descent asks for the
 * gradient at each new point twice (once for the step's ‖∇f‖, once for the next step), and a
 * typed formula's gradient is the dearest part of a step. The same point means the same bits
 * (Object.is, so −0 and 0 are told apart: f = exp(1/x) has different gradients there).
 */
export function formulaSurface(formula: CompiledFormula, meta: SurfaceMeta): Surface2D {
  const out = new Float64Array(3);
  let atX = NaN;
  let atY = NaN;
  return makeSurface2D(meta, {
    f: formula.value,
    grad: (x, y) => {
      if (!Object.is(x, atX) || !Object.is(y, atY)) {
        formula.evaluate(x, y, out);
        atX = x;
        atY = y;
      }
      return [out[1]!, out[2]!];
    },
  });
}
