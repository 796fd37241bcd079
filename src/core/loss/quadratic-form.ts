import { assertFinite, assertFiniteArray, CoreError } from '../errors';
import type { Matrix } from '../linalg/matrix';
import type { Objective } from './objective';
import { assertDim } from './point';

/** f(β) = ½ βᵀAβ − bᵀβ + c with its gradient and Hessian. */
export interface QuadraticFormLoss extends Objective {
  /** The symmetric part ½(A + Aᵀ): the Hessian, the same at every β. */
  hessian(): Matrix;
}

/**
 * The general quadratic ½ βᵀAβ − bᵀβ + c (A square, n × n). Gradient Aβ − b and Hessian A
 * when A is symmetric; for a non-symmetric A only its symmetric part ½(A + Aᵀ) matters, and
 * that is what gradient and Hessian use. ‖y − Xβ‖² is this with A = 2XᵀX, b = 2Xᵀy, c = yᵀy.
 */
export function quadraticForm(A: Matrix, b: ArrayLike<number>, c = 0): QuadraticFormLoss {
  const n = A.rows;
  if (n === 0) throw new CoreError('empty', 'A is empty');
  if (A.cols !== n) throw new CoreError('mismatch', `A must be square, got ${A.rows} × ${A.cols}`);
  if (A.data.length !== n * n) throw new CoreError('mismatch', `A is ${n} × ${n} but holds ${A.data.length} numbers`);
  if (b.length !== n) throw new CoreError('mismatch', `b must have ${n} entries, got ${b.length}`);
  assertFiniteArray(A.data, 'A');
  assertFiniteArray(b, 'b');
  assertFinite(c, 'c');
  const S = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) S[i * n + j] = 0.5 * (A.data[i * n + j]! + A.data[j * n + i]!);
  const bs = Float64Array.from(b);
  const times = (beta: ArrayLike<number>, i: number): number => {
    let s = 0;
    for (let j = 0; j < n; j++) s += S[i * n + j]! * beta[j]!;
    return s;
  };
  return {
    dim: n,
    value(beta) {
      assertDim(beta, n, 'β');
      let quad = 0;
      let lin = 0;
      for (let i = 0; i < n; i++) {
        quad += beta[i]! * times(beta, i);
        lin += bs[i]! * beta[i]!;
      }
      return 0.5 * quad - lin + c;
    },
    gradient(beta) {
      assertDim(beta, n, 'β');
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) out[i] = times(beta, i) - bs[i]!;
      return out;
    },
    hessian() {
      return { rows: n, cols: n, data: S.slice() };
    },
  };
}
