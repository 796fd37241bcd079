import { RandomState } from '../random/randomState';

/**
 * Two features on very different scales (feature-scaling lecture, 003),
 * bit-identical to its numpy code:
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
export interface Lecture003Data {
  n: number;
  p: number;
  X: Float64Array;
  y: Float64Array;
}

const N = 100;
const P = 2;

let memo: Lecture003Data | undefined;

export function lecture003Data(): Lecture003Data {
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
