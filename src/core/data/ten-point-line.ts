import { RandomState } from '../random/randomState';

/**
 * Ten points on a noisy line: x uniform in [−10, 10), y = 1 + 0.5·x + noise
 * (σ = 1). Bit-identical to the numpy code of notebook recipe 004 (gradient
 * descent for regression):
 *
 * ```python
 * n = 10; beta = np.array([1., 0.5])
 * np.random.seed(1)
 * xlin = -10.0 + 20.0 * np.random.random(n)
 * y = beta[0] + (beta[1] * xlin) + np.random.randn(n)
 * ```
 *
 * The arrays are shared between callers: treat them as read-only.
 */
export interface TenPointLine {
  n: number;
  x: Float64Array;
  y: Float64Array;
  trueBeta: readonly [number, number];
}

const N = 10;
const TRUE_BETA = [1, 0.5] as const;

let memo: TenPointLine | undefined;

export function tenPointLine(): TenPointLine {
  if (memo) return memo;
  const rs = new RandomState(1);
  const x = rs.rand(N).map((u) => -10.0 + 20.0 * u);
  const noise = rs.randn(N);
  const y = Float64Array.from(x, (xi, i) => TRUE_BETA[0] + TRUE_BETA[1] * xi + noise[i]!);
  memo = { n: N, x, y, trueBeta: TRUE_BETA };
  return memo;
}
