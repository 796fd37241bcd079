import { CoreError, assertFinite } from '../errors';
import { assertLegacySeed } from '../random/mt19937';

/**
 * A labelled 2-D point cloud for a binary classifier: point i is
 * (x[2i], x[2i + 1]) — numpy's `X[i, 0], X[i, 1]` for an (n, 2) array stored
 * row-major — and its class y[i] is 0 or 1.
 */
export interface ToyData {
  readonly n: number;
  /** n × 2, row-major. */
  readonly x: Float64Array;
  /** n labels, each 0 or 1. */
  readonly y: Float64Array;
}

/** How a toy set is drawn: how many points, numpy's seed, and the standard deviation of the Gaussian jitter. */
export interface ToyDataOptions {
  readonly n: number;
  readonly seed: number;
  readonly noise: number;
}

/** Bounds that keep a hand-edited URL from asking for a million points or a cloud of pure noise. */
export const MAX_TOY_POINTS = 5000;
export const MAX_TOY_NOISE = 2;

/** Throws unless the options describe a set we can draw: 2 ≤ n ≤ MAX_TOY_POINTS, 0 ≤ noise ≤ MAX_TOY_NOISE, a numpy seed. */
export function assertToyOptions(options: ToyDataOptions): void {
  const { n, seed, noise } = options;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > MAX_TOY_POINTS) {
    throw new CoreError(
      'out-of-range',
      `the number of points must be a whole number from 2 to ${MAX_TOY_POINTS}, got ${String(n)}`,
    );
  }
  assertLegacySeed(seed);
  assertFinite(noise, 'the noise level');
  if (noise < 0 || noise > MAX_TOY_NOISE) {
    throw new CoreError('out-of-range', `the noise level must be from 0 to ${MAX_TOY_NOISE}, got ${noise}`);
  }
}

/** Adds noise·e to every coordinate, e = the next 2n values of `randn` (numpy's `X += noise * np.random.randn(n, 2)`). */
export function addJitter(x: Float64Array, noise: number, normals: Float64Array): void {
  for (let k = 0; k < x.length; k++) x[k] = x[k]! + noise * normals[k]!;
}

/** Labels: the first `zeros` points class 0, the rest class 1 (numpy's `np.concatenate([np.zeros(a), np.ones(b)])`). */
export function splitLabels(n: number, zeros: number): Float64Array {
  const y = new Float64Array(n);
  for (let i = zeros; i < n; i++) y[i] = 1;
  return y;
}
