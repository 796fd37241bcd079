import { CoreError } from '../errors';
import { symmetricEigen } from '../linalg/eigen';
import { symmetricEigen2 } from '../linalg/eigen2';
import type { Matrix } from '../linalg/matrix';
import { assertSymmetric } from '../linalg/symmetric';

/**
 * The curvatures of a convex quadratic: the eigenvalues of its Hessian H
 * (ascending) with unit eigenvectors. H is the matrix A of the gradient
 * Aβ − b that gradient descent uses: for the lecture's ‖y − Xβ‖² with
 * gradient XᵀXβ − Xᵀy that is XᵀX (with the full gradient 2XᵀXβ − 2Xᵀy it
 * is 2XᵀX, which halves every learning-rate threshold).
 */
export interface Curvatures {
  readonly values: Float64Array;
  readonly directions: ReadonlyArray<Float64Array>;
  readonly lambdaMin: number;
  readonly lambdaMax: number;
}

/** Eigenvalues below this fraction of λ_max count as zero (flat directions). */
export const FLAT = 1e-12;

/**
 * Eigen-decomposition of H, checked to describe a convex quadratic: H must
 * be symmetric positive semi-definite with λ_max > 0. Rounding-level negative
 * eigenvalues (above −1e-12·λ_max) are set to 0.
 */
export function curvatures(h: Matrix): Curvatures {
  const s = assertSymmetric(h, 'the Hessian');
  const n = s.rows;
  let values: Float64Array;
  let directions: Float64Array[];
  if (n === 2) {
    const e = symmetricEigen2(s.data[0]!, s.data[1]!, s.data[3]!);
    values = Float64Array.from(e.values);
    directions = e.vectors.map((v) => Float64Array.from(v));
  } else {
    const e = symmetricEigen(s);
    values = e.values;
    directions = Array.from({ length: n }, (_, k) => {
      const v = new Float64Array(n);
      for (let i = 0; i < n; i++) v[i] = e.vectors.data[i * n + k]!;
      return v;
    });
  }
  const lambdaMax = values[n - 1]!;
  if (!(lambdaMax > 0)) {
    throw new CoreError(
      'out-of-range',
      'the Hessian has no positive curvature, so no step size makes gradient descent settle',
    );
  }
  for (let k = 0; k < n; k++) {
    if (values[k]! < -FLAT * lambdaMax) {
      throw new CoreError(
        'out-of-range',
        `the Hessian must be positive semi-definite (a convex bowl), but it has the negative eigenvalue ${values[k]}`,
      );
    }
    if (values[k]! < 0) values[k] = 0;
  }
  return { values, directions, lambdaMin: values[0]!, lambdaMax };
}
