import { RandomState } from '../random/randomState';
import { addJitter, assertToyOptions, splitLabels, type ToyData, type ToyDataOptions } from './toy-data';

/**
 * Two concentric rings, radius 1 (class 0) and 0.5 (class 1), at random angles.
 * The numpy recipe it reproduces:
 *
 * ```python
 * np.random.seed(seed)
 * n0 = n // 2; n1 = n - n0
 * t = 2 * np.pi * np.random.rand(n)
 * r = np.concatenate([np.ones(n0), 0.5 * np.ones(n1)])
 * X = np.column_stack([r * np.cos(t), r * np.sin(t)])
 * X += noise * np.random.randn(n, 2)
 * y = np.concatenate([np.zeros(n0), np.ones(n1)])
 * ```
 *
 * The uniform stream is numpy's bit for bit; cos, sin (JavaScript's Math) and
 * the log inside randn (see docs/conventions.md) may differ from the C
 * library's in the last bit, so a rare coordinate differs by a few ulps.
 */
export function circles(options: ToyDataOptions): ToyData {
  assertToyOptions(options);
  const { n, seed, noise } = options;
  const rs = new RandomState(seed);
  const n0 = Math.floor(n / 2);
  const u = rs.rand(n);
  const x = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const t = 2 * Math.PI * u[i]!;
    const r = i < n0 ? 1 : 0.5;
    x[2 * i] = r * Math.cos(t);
    x[2 * i + 1] = r * Math.sin(t);
  }
  addJitter(x, noise, rs.randn(2 * n));
  return { n, x, y: splitLabels(n, n0) };
}
