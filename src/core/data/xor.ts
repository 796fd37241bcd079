import { RandomState } from '../random/randomState';
import { addJitter, assertToyOptions, type ToyData, type ToyDataOptions } from './toy-data';

/**
 * The XOR pattern: points uniform on the square [−1, 1)², class 1 where the two
 * coordinates have the same sign (quadrants I and III), labelled before the
 * jitter is added, so noise pushes a few points across the axes. The numbers
 * are numpy's (a rare one differs in the last bit through the log inside
 * randn, see docs/conventions.md):
 *
 * ```python
 * np.random.seed(seed)
 * X = 2 * np.random.rand(n, 2) - 1
 * y = (X[:, 0] * X[:, 1] > 0).astype(float)
 * X += noise * np.random.randn(n, 2)
 * ```
 */
export function xor(options: ToyDataOptions): ToyData {
  assertToyOptions(options);
  const { n, seed, noise } = options;
  const rs = new RandomState(seed);
  const x = rs.rand(2 * n).map((u) => 2 * u - 1);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = x[2 * i]! * x[2 * i + 1]! > 0 ? 1 : 0;
  addJitter(x, noise, rs.randn(2 * n));
  return { n, x, y };
}
