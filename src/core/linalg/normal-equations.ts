import { CoreError, assertFiniteArray } from '../errors';
import { NotPositiveDefinite, cholesky, choleskySolve } from './cholesky';
import type { Matrix } from './matrix';
import { gram, transposeTimes } from './products';

/** True when X = [1, x] with every x the same (simple regression with no spread in x). */
function isConstantDesign(x: Matrix): boolean {
  if (x.cols !== 2) return false;
  const first = x.data[1]!;
  for (let i = 0; i < x.rows; i++) {
    if (x.data[2 * i] !== 1 || x.data[2 * i + 1] !== first) return false;
  }
  return true;
}

/**
 * The least-squares coefficients β̂ solving the normal equations XᵀXβ = Xᵀy,
 * by Cholesky on XᵀX. Throws CoreError('singular') when the columns of X are
 * linearly dependent, exactly or to within `relativeTolerance` (see `cholesky`):
 * a duplicated column, a column of constants next to the intercept, all x equal,
 * fewer rows than columns.
 */
export function normalEquations(x: Matrix, y: ArrayLike<number>, relativeTolerance = 1e-12): Float64Array {
  assertFiniteArray(x.data, 'X');
  assertFiniteArray(y, 'y');
  if (x.rows !== y.length) throw new CoreError('mismatch', `X has ${x.rows} rows but y has ${y.length} entries`);
  let factor: Matrix;
  try {
    factor = cholesky(gram(x), relativeTolerance);
  } catch (e) {
    if (!(e instanceof NotPositiveDefinite)) throw e;
    const why = isConstantDesign(x)
      ? 'every x value is the same, so the slope is not determined'
      : `column ${e.column + 1} of X is a combination of the columns before it`;
    throw new CoreError('singular', `XᵀX is singular: the columns of X are linearly dependent (${why})`);
  }
  return choleskySolve(factor, transposeTimes(x, y));
}
