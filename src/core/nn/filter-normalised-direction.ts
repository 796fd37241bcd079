import { CoreError } from '../errors';
import type { RandomState } from '../random/randomState';
import type { MlpLayout } from './layout';

/**
 * A random direction in parameter space with *filter normalisation* (Li, Xu,
 * Taylor, Studer & Goldstein 2018, §4): draw d ~ N(0, I), then for every neuron
 * rescale the part of d holding that neuron's incoming weights (a column of W,
 * the dense layer's "filter") to the norm of the same weights in θ, and set the
 * bias entries to 0. Plotting L(θ + αd₁ + βd₂) then shows every layer at the
 * scale of its own weights, so landscapes of different networks can be compared.
 *
 * numpy, drawing from the same stream (`np.random.seed(s)` beforehand):
 *
 * ```python
 * d = np.random.randn(theta.size)
 * for W_slice, b_slice, n_in, n_out in layers:     # the flat layout of theta
 *     D = d[W_slice].reshape(n_in, n_out); W = theta[W_slice].reshape(n_in, n_out)
 *     D *= np.linalg.norm(W, axis=0) / (np.linalg.norm(D, axis=0) + 1e-10)
 *     d[b_slice] = 0
 * ```
 *
 * The 1e-10 is the guard Li et al.'s code adds to the denominator.
 */
export function filterNormalisedDirection(
  layout: MlpLayout,
  theta: ArrayLike<number>,
  random: RandomState,
): Float64Array {
  if (theta.length !== layout.size) {
    throw new CoreError('mismatch', `the network has ${layout.size} parameters but θ has ${theta.length}`);
  }
  const d = random.randn(layout.size);
  for (const s of layout.layers) {
    const { nIn, nOut, weightOffset: wo, biasOffset: bo } = s;
    for (let j = 0; j < nOut; j++) {
      let dd = 0;
      let ww = 0;
      for (let i = 0; i < nIn; i++) {
        const k = wo + i * nOut + j;
        dd += d[k]! * d[k]!;
        ww += theta[k]! * theta[k]!;
      }
      const scale = Math.sqrt(ww) / (Math.sqrt(dd) + 1e-10);
      for (let i = 0; i < nIn; i++) d[wo + i * nOut + j]! *= scale;
    }
    d.fill(0, bo, bo + nOut);
  }
  return d;
}

/** The norm of each neuron's incoming weights ("filter norms"), layer by layer, in θ or in a direction. */
export function filterNorms(layout: MlpLayout, v: ArrayLike<number>): number[][] {
  return layout.layers.map(({ nIn, nOut, weightOffset: wo }) => {
    const norms: number[] = [];
    for (let j = 0; j < nOut; j++) {
      let s = 0;
      for (let i = 0; i < nIn; i++) s += v[wo + i * nOut + j]! ** 2;
      norms.push(Math.sqrt(s));
    }
    return norms;
  });
}
