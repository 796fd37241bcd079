import { RandomState } from '../random/randomState';

/**
 * Two features on very different scales: 100 rows, feature 0 in [0, 1),
 * feature 1 in [0, 100), y = 3·x₀ + 0.1·x₁ + noise (σ = 2). Bit-identical to
 * the numpy code of notebook recipe 003 (feature scaling):
 *
 * ```python
 * np.random.seed(0)
 * X = np.random.rand(100, 2)
 * X[:, 1] *= 100
 * y = 3*X[:, 0] + 0.1*X[:, 1] + np.random.randn(100) * 2
 * ```
 *
 * `X` is row-major n×p (entry (i, j) at X[i * p + j]) and unscaled: column 1
 * is already ×100, in [0, 100). The arrays are shared: treat them as read-only.
 */
export interface TwoScaleFeatures {
  n: number;
  p: number;
  X: Float64Array;
  y: Float64Array;
}

const N = 100;
const P = 2;

let memo: TwoScaleFeatures | undefined;

export function twoScaleFeatures(): TwoScaleFeatures {
  if (memo) return memo;
  const rs = new RandomState(0);
  const X = rs.rand(N * P); // rand(100, 2) fills row by row
  for (let i = 0; i < N; i++) X[i * P + 1] = X[i * P + 1]! * 100;
  const noise = rs.randn(N);
  // numpy's order: ((3 * x0) + (0.1 * x1)) + (noise * 2)
  const y = new Float64Array(N);
  for (let i = 0; i < N; i++) y[i] = 3 * X[i * P]! + 0.1 * X[i * P + 1]! + noise[i]! * 2;
  memo = { n: N, p: P, X, y };
  return memo;
}
