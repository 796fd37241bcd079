import { CoreError } from '../errors';
import { gramStats, type GramStats } from '../grid/gram-stats';
import type { Matrix } from '../linalg/matrix';
import type { Objective } from './objective';
import { assertDim } from './point';

/** ‖y − Xβ‖² as an Objective over β ∈ ℝᵖ, with what its gradient is made of. */
export interface LeastSquaresLoss extends Objective {
  readonly stats: GramStats;
  /** The scale in gradient(β) = gradientScale · (XᵀXβ − Xᵀy): 2 (exact) or 1 (lecture 004's code). */
  readonly gradientScale: 1 | 2;
  /** The Hessian 2XᵀX (always the exact one, whatever gradientScale). */
  hessian(): Matrix;
}

export interface LeastSquaresOptions {
  /**
   * false (default): gradient(β) = 2XᵀXβ − 2Xᵀy, the true gradient of ‖y − Xβ‖².
   * true: gradient(β) = XᵀXβ − Xᵀy, half of it, exactly what lecture 004's code computes
   * (`X.T @ X @ beta - X.T @ y`). The lecture folds the 2 into η, so its η = 0.002 is an
   * exact-gradient step of 0.001. Use true to reproduce the lecture's iterations.
   */
  halfGradient?: boolean;
}

/**
 * The least-squares loss L(β) = ‖y − Xβ‖² for X (n × p, row-major) and y (length n).
 * value is computed from the residual y − Xβ (O(np), no cancellation); gradient from the
 * precomputed XᵀX and Xᵀy (O(p²)).
 */
export function leastSquaresLoss(X: Matrix, y: ArrayLike<number>, options: LeastSquaresOptions = {}): LeastSquaresLoss {
  const stats = gramStats(X, y); // validates X and y
  const { rows: n, cols: p } = X;
  const data = Float64Array.from(X.data);
  const ys = Float64Array.from(y);
  const g = stats.xtx.data;
  const gradientScale: 1 | 2 = options.halfGradient === true ? 1 : 2;
  if (options.halfGradient !== undefined && typeof options.halfGradient !== 'boolean') {
    throw new CoreError('invalid', 'halfGradient must be true or false');
  }
  return {
    dim: p,
    stats,
    gradientScale,
    value(beta) {
      assertDim(beta, p, 'β');
      let s = 0;
      for (let r = 0; r < n; r++) {
        let pred = 0;
        for (let c = 0; c < p; c++) pred += data[r * p + c]! * beta[c]!;
        const e = ys[r]! - pred;
        s += e * e;
      }
      return s;
    },
    gradient(beta) {
      assertDim(beta, p, 'β');
      const out = new Float64Array(p);
      for (let a = 0; a < p; a++) {
        let s = 0;
        for (let c = 0; c < p; c++) s += g[a * p + c]! * beta[c]!;
        out[a] = gradientScale * (s - stats.xty[a]!);
      }
      return out;
    },
    hessian() {
      return { rows: p, cols: p, data: g.map((v) => 2 * v) };
    },
  };
}
