import { RandomState } from '../random/randomState';
import { addJitter, assertToyOptions, splitLabels, type ToyData, type ToyDataOptions } from './toy-data';

/**
 * Two interleaved spiral arms of one and a half turns each; class 1 is class 0
 * turned by half a circle. Along an arm the radius grows with the angle, and
 * the square root spreads the points evenly over the disc. The numpy recipe it
 * reproduces:
 *
 * ```python
 * np.random.seed(seed)
 * n0 = n // 2; n1 = n - n0
 * s = np.sqrt(np.random.rand(n))
 * t = 3 * np.pi * s
 * sign = np.concatenate([np.ones(n0), -np.ones(n1)])
 * X = np.column_stack([sign * s * np.cos(t), sign * s * np.sin(t)])
 * X += noise * np.random.randn(n, 2)
 * y = np.concatenate([np.zeros(n0), np.ones(n1)])
 * ```
 *
 * The uniform stream is numpy's bit for bit; cos, sin (JavaScript's Math) and
 * the log inside randn (see docs/conventions.md) may differ from the C
 * library's in the last bit, so a rare coordinate differs by a few ulps.
 */
export function twoSpirals(options: ToyDataOptions): ToyData {
  assertToyOptions(options);
  const { n, seed, noise } = options;
  const rs = new RandomState(seed);
  const n0 = Math.floor(n / 2);
  const u = rs.rand(n);
  const x = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const s = Math.sqrt(u[i]!);
    const t = 3 * Math.PI * s;
    const sign = i < n0 ? 1 : -1;
    x[2 * i] = sign * s * Math.cos(t);
    x[2 * i + 1] = sign * s * Math.sin(t);
  }
  addJitter(x, noise, rs.randn(2 * n));
  return { n, x, y: splitLabels(n, n0) };
}
