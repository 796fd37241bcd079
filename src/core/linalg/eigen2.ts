import { assertFinite } from '../errors';

/** Eigen-decomposition of a symmetric 2×2 matrix. */
export interface SymmetricEigen2 {
  /** [λ_min, λ_max], λ_min ≤ λ_max. */
  readonly values: readonly [number, number];
  /** Unit eigenvectors [v_min, v_max]; v_min is v_max turned by +90°. */
  readonly vectors: readonly [readonly [number, number], readonly [number, number]];
}

/**
 * Eigenvalues and unit eigenvectors of [[a, b], [b, d]] in closed form.
 *
 * The textbook m ± √(h² + b²) (m = (a+d)/2, h = (a−d)/2) loses the small
 * eigenvalue to cancellation when the matrix is nearly singular, so, as LAPACK's
 * dlaev2 does, only the eigenvalue of larger magnitude is taken from that
 * formula and the other from the determinant: λ₂ = (ad − b²)/λ₁, arranged to
 * avoid overflow. The matrix is first divided by its largest entry, so tiny
 * (subnormal) and huge entries work too. The eigenvector of λ_max is (h + r, b) or (b, r − h), whichever
 * has no cancellation (r = √(h² + b²)).
 */
export function symmetricEigen2(a0: number, b0: number, d0: number): SymmetricEigen2 {
  assertFinite(a0, 'a');
  assertFinite(b0, 'b');
  assertFinite(d0, 'd');
  const unit = Math.max(Math.abs(a0), Math.abs(b0), Math.abs(d0));
  if (unit === 0)
    return {
      values: [0, 0],
      vectors: [
        [-1, 0],
        [0, 1],
      ],
    };
  const a = a0 / unit;
  const b = b0 / unit;
  const d = d0 / unit;
  const sum = a + d;
  const half = 0.5 * a - 0.5 * d;
  const r = Math.hypot(half, b);
  const [big, small] = Math.abs(a) > Math.abs(d) ? [a, d] : [d, a];
  let l1: number;
  let l2: number;
  if (sum === 0) {
    l1 = r;
    l2 = -r;
  } else {
    l1 = sum > 0 ? 0.5 * sum + r : 0.5 * sum - r;
    l2 = (big / l1) * small - (b / l1) * b;
  }
  const lambdaMin = Math.min(l1, l2) * unit;
  const lambdaMax = Math.max(l1, l2) * unit;

  let vx: number;
  let vy: number;
  if (r === 0) {
    // a multiple of the identity: every direction is an eigenvector
    vx = 0;
    vy = 1;
    // (v_min = (−1, 0) then; any orthonormal pair is right)
  } else {
    [vx, vy] = half >= 0 ? [half + r, b] : [b, r - half];
    const len = Math.hypot(vx, vy);
    vx /= len;
    vy /= len;
  }
  return {
    values: [lambdaMin, lambdaMax],
    vectors: [
      [-vy, vx],
      [vx, vy],
    ],
  };
}
