import { CoreError } from '../errors';

/** Where one dense layer's weights W (nIn × nOut, row-major, numpy's `X @ W` shape) and bias b sit in the flat vector. */
export interface LayerSlot {
  /** 1 for the first hidden layer, …, L for the output layer: the names W1, b1, W2, … */
  readonly index: number;
  readonly nIn: number;
  readonly nOut: number;
  /** W[i, j] (input i to neuron j) is θ[weightOffset + i·nOut + j]. */
  readonly weightOffset: number;
  /** b[j] is θ[biasOffset + j]. */
  readonly biasOffset: number;
}

/** A multi-layer perceptron's shape: layer sizes [inputs, hidden…, outputs] and where each layer lives in θ. */
export interface MlpLayout {
  readonly sizes: readonly number[];
  readonly layers: readonly LayerSlot[];
  /** The number of parameters, the length of θ. */
  readonly size: number;
}

/** The widest layer and the most layers the core accepts (a bound for URLs, not for the maths). */
export const MAX_LAYER_WIDTH = 256;
export const MAX_LAYERS = 8;

/**
 * The layout of a dense network with these layer sizes, e.g. [2, 8, 8, 1]:
 * θ = [W1, b1, W2, b2, …] with each W stored row-major as (n_in, n_out), so
 * `np.concatenate([W1.ravel(), b1, W2.ravel(), b2, …])` is the same vector.
 */
export function mlpLayout(sizes: readonly number[]): MlpLayout {
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new CoreError('invalid', 'a network needs at least an input size and an output size');
  }
  if (sizes.length > MAX_LAYERS + 1) {
    throw new CoreError(
      'out-of-range',
      `a network may have at most ${MAX_LAYERS} layers of weights, got ${sizes.length - 1}`,
    );
  }
  for (const s of sizes) {
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 1 || s > MAX_LAYER_WIDTH) {
      throw new CoreError(
        'out-of-range',
        `every layer size must be a whole number from 1 to ${MAX_LAYER_WIDTH}, got ${String(s)}`,
      );
    }
  }
  const layers: LayerSlot[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l++) {
    const nIn = sizes[l - 1]!;
    const nOut = sizes[l]!;
    layers.push({ index: l, nIn, nOut, weightOffset: offset, biasOffset: offset + nIn * nOut });
    offset += nIn * nOut + nOut;
  }
  return { sizes: sizes.slice(), layers, size: offset };
}

/** One layer's parameters as views into θ (writing to a view writes θ). */
export interface LayerView {
  /** "W1", "W2", … */
  readonly weightName: string;
  /** "b1", "b2", … */
  readonly biasName: string;
  /** nIn × nOut, row-major. */
  readonly weights: Float64Array;
  readonly bias: Float64Array;
}

/** Named views of θ's layers: views[0] is { weightName: 'W1', weights, biasName: 'b1', bias }. */
export function layerViews(layout: MlpLayout, theta: Float64Array): LayerView[] {
  if (theta.length !== layout.size) {
    throw new CoreError('mismatch', `the network has ${layout.size} parameters but θ has ${theta.length}`);
  }
  return layout.layers.map((s) => ({
    weightName: `W${s.index}`,
    biasName: `b${s.index}`,
    weights: theta.subarray(s.weightOffset, s.weightOffset + s.nIn * s.nOut),
    bias: theta.subarray(s.biasOffset, s.biasOffset + s.nOut),
  }));
}
