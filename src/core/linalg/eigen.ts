import type { Matrix } from './matrix';
import { assertSymmetric } from './symmetric';

/** Eigen-decomposition of a symmetric matrix. */
export interface SymmetricEigen {
  /** Eigenvalues in ascending order. */
  readonly values: Float64Array;
  /** Column k is the unit eigenvector of values[k]; its largest entry is positive. */
  readonly vectors: Matrix;
}

const MAX_SWEEPS = 60;

/**
 * Eigenvalues and eigenvectors of a small symmetric n×n matrix by the cyclic
 * Jacobi method: rotate away each off-diagonal entry in turn until none is
 * left. Slow for big n (O(n³) per sweep) but accurate, and our matrices are
 * 2×2 to about 10×10.
 */
export function symmetricEigen(m: Matrix): SymmetricEigen {
  const a = assertSymmetric(m).data;
  const n = m.rows;
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        const app = a[p * n + p]!;
        const aqq = a[q * n + q]!;
        // negligible next to the diagonal: adding it would not change a bit
        if (Math.abs(apq) <= 1e-18 * (Math.abs(app) + Math.abs(aqq)) || apq === 0) continue;
        rotated = true;
        const theta = (aqq - app) / (2 * apq);
        // the smaller root of t² + 2θt − 1 = 0 (1/(2θ) when θ² would overflow)
        const t =
          Math.abs(theta) > 1e150
            ? 1 / (2 * theta)
            : (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        a[p * n + q] = 0;
        a[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
    if (!rotated) break;
  }

  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[i * n + i]! - a[j * n + j]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = a[src * n + src]!;
    let largest = 0;
    for (let k = 0; k < n; k++) {
      if (Math.abs(v[k * n + src]!) > Math.abs(largest)) largest = v[k * n + src]!;
    }
    const sign = largest < 0 ? -1 : 1;
    for (let k = 0; k < n; k++) vectors[k * n + dst] = sign * v[k * n + src]!;
  });
  return { values, vectors: { rows: n, cols: n, data: vectors } };
}
