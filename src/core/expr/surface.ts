import type { Surface2D } from '../loss/objective';
import { makeSurface2D, type SurfaceMeta } from '../loss/surface-2d';
import type { CompiledFormula } from './compile';

/**
 * A compiled formula as a Surface2D, so the optimisers and grids of the core run on it like
 * on any catalogue surface. The gradient is the formula's exact (automatic) gradient; there is
 * no closed-form Hessian.
 */
export function formulaSurface(formula: CompiledFormula, meta: SurfaceMeta): Surface2D {
  const out = new Float64Array(3);
  return makeSurface2D(meta, {
    f: formula.value,
    grad: (x, y) => {
      formula.evaluate(x, y, out);
      return [out[1]!, out[2]!];
    },
  });
}
