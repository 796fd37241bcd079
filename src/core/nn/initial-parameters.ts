import { RandomState } from '../random/randomState';
import type { ActivationId } from './activation';
import type { MlpLayout } from './layout';

/**
 * Starting parameters drawn from numpy's legacy generator, so this numpy code
 * gives the same θ (a rare entry may differ in its last bit, through the log
 * inside randn: see docs/conventions.md):
 *
 * ```python
 * np.random.seed(seed)
 * params = []
 * for k, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
 *     gain = 2.0 if activation == "relu" and k < len(sizes) - 2 else 1.0
 *     params += [np.random.randn(n_in, n_out) * np.sqrt(gain / n_in), np.zeros(n_out)]
 * theta = np.concatenate([p.ravel() for p in params])
 * ```
 *
 * Weights are Gaussian with variance gain/n_in (LeCun's scaling; He's, gain 2,
 * in front of ReLU) so a neuron's input keeps about the same size from layer to
 * layer; biases start at 0. The output layer feeds no activation and uses gain 1.
 */
export function initialParameters(layout: MlpLayout, activation: ActivationId, seed: number): Float64Array {
  const rs = new RandomState(seed);
  const theta = new Float64Array(layout.size);
  const last = layout.layers.length - 1;
  layout.layers.forEach((s, k) => {
    const gain = activation === 'relu' && k < last ? 2.0 : 1.0;
    const scale = Math.sqrt(gain / s.nIn);
    const w = rs.randn(s.nIn * s.nOut);
    for (let m = 0; m < w.length; m++) theta[s.weightOffset + m] = w[m]! * scale;
  });
  return theta;
}
