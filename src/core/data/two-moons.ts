import { RandomState } from '../random/randomState';
import { addJitter, assertToyOptions, splitLabels, type ToyData, type ToyDataOptions } from './toy-data';

/**
 * Two interleaving half-circles (the shape of scikit-learn's `make_moons`, with
 * random rather than evenly spaced angles). The numpy recipe it reproduces:
 *
 * ```python
 * np.random.seed(seed)
 * n0 = n // 2; n1 = n - n0
 * t0 = np.pi * np.random.rand(n0)
 * t1 = np.pi * np.random.rand(n1)
 * X = np.vstack([np.column_stack([np.cos(t0), np.sin(t0)]),
 *                np.column_stack([1 - np.cos(t1), 0.5 - np.sin(t1)])])
 * X += noise * np.random.randn(n, 2)
 * y = np.concatenate([np.zeros(n0), np.ones(n1)])
 * ```
 *
 * The uniform stream is numpy's bit for bit; cos, sin (JavaScript's Math) and
 * the log inside randn (see docs/conventions.md) may differ from the C
 * library's in the last bit, so a rare coordinate differs by a few ulps.
 */
export function twoMoons(options: ToyDataOptions): ToyData {
  assertToyOptions(options);
  const { n, seed, noise } = options;
  const rs = new RandomState(seed);
  const n0 = Math.floor(n / 2);
  const n1 = n - n0;
  const u0 = rs.rand(n0);
  const u1 = rs.rand(n1);
  const x = new Float64Array(2 * n);
  for (let i = 0; i < n0; i++) {
    const t = Math.PI * u0[i]!;
    x[2 * i] = Math.cos(t);
    x[2 * i + 1] = Math.sin(t);
  }
  for (let i = 0; i < n1; i++) {
    const t = Math.PI * u1[i]!;
    x[2 * (n0 + i)] = 1 - Math.cos(t);
    x[2 * (n0 + i) + 1] = 0.5 - Math.sin(t);
  }
  addJitter(x, noise, rs.randn(2 * n));
  return { n, x, y: splitLabels(n, n0) };
}
