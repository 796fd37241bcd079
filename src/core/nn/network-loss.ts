import { CoreError, assertFiniteArray } from '../errors';
import type { Objective } from '../loss/objective';
import { activate, activationSlope, sigmoid, type ActivationId } from './activation';
import { bceWithLogit } from './binary-cross-entropy';
import type { MlpLayout } from './layout';

/** Labelled inputs: n rows of sizes[0] features (row-major) and n labels 0/1. */
export interface LabelledBatch {
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * The mean binary cross-entropy of a dense network over a whole batch, as an
 * Objective of its flat parameter vector θ (so every core optimiser trains it).
 */
export interface NetworkLoss extends Objective {
  readonly layout: MlpLayout;
  readonly activation: ActivationId;
  readonly batch: LabelledBatch;
  /** Loss and gradient from one forward and one backward pass. */
  valueAndGradient(theta: ArrayLike<number>): { value: number; gradient: Float64Array };
  /** The share of points whose predicted class (logit > 0, i.e. p > 0.5) equals the label. */
  accuracy(theta: ArrayLike<number>): number;
}

function assertBatch(layout: MlpLayout, batch: LabelledBatch): void {
  const d = layout.sizes[0]!;
  const { n, x, y } = batch;
  if (!Number.isInteger(n) || n < 1) throw new CoreError('empty', 'the batch needs at least one point');
  if (x.length !== n * d)
    throw new CoreError('mismatch', `${n} points of ${d} features need ${n * d} numbers, got ${x.length}`);
  if (y.length !== n) throw new CoreError('mismatch', `${n} points need ${n} labels, got ${y.length}`);
  assertFiniteArray(x, 'the inputs');
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new CoreError('invalid', `labels must be 0 or 1, got y[${i}] = ${y[i]}`);
  }
}

/** Applies g to every entry of z, writing a (one tight loop per activation: this is the hot path). */
function activateAll(g: ActivationId, z: Float64Array, a: Float64Array, count: number): void {
  switch (g) {
    case 'identity':
      for (let k = 0; k < count; k++) a[k] = z[k]!;
      return;
    case 'tanh':
      for (let k = 0; k < count; k++) a[k] = Math.tanh(z[k]!);
      return;
    case 'relu':
      for (let k = 0; k < count; k++) a[k] = z[k]! > 0 ? z[k]! : 0;
      return;
    case 'sigmoid':
      for (let k = 0; k < count; k++) a[k] = activate('sigmoid', z[k]!);
      return;
  }
}

/** Multiplies δ (count entries) by g′ at each entry, from the pre-activations z and activations a. */
function multiplySlopes(g: ActivationId, delta: Float64Array, z: Float64Array, a: Float64Array, count: number): void {
  switch (g) {
    case 'identity':
      return;
    case 'tanh':
      for (let k = 0; k < count; k++) delta[k]! *= 1 - a[k]! * a[k]!;
      return;
    case 'relu':
      for (let k = 0; k < count; k++) if (!(z[k]! > 0)) delta[k] = 0;
      return;
    case 'sigmoid':
      for (let k = 0; k < count; k++) delta[k]! *= activationSlope('sigmoid', z[k]!, a[k]!);
      return;
  }
}

/** θ as a Float64Array (a copy only when it is something else), so the loops below see one array type. */
export function asParameters(layout: MlpLayout, theta: ArrayLike<number>): Float64Array {
  if (theta.length !== layout.size) {
    throw new CoreError('mismatch', `the network has ${layout.size} parameters but θ has ${theta.length}`);
  }
  return theta instanceof Float64Array ? theta : Float64Array.from(theta);
}

/**
 * The forward pass over a batch, writing into preallocated buffers: z[l] and
 * a[l] (l = 1…L) hold layer l's pre-activations Z = A_{l−1}W_l + b_l and
 * activations A_l = g(Z) (the identity on the output layer), n × sizes[l]
 * row-major; a[0] is the input. Shared by the loss, its gradient and predict.
 */
export function forwardInto(
  layout: MlpLayout,
  activation: ActivationId,
  theta: Float64Array,
  n: number,
  z: Float64Array[],
  a: Float64Array[],
): void {
  const layers = layout.layers;
  const last = layers.length - 1;
  for (let k = 0; k <= last; k++) {
    const { nIn, nOut, weightOffset: wo, biasOffset: bo } = layers[k]!;
    const input = a[k]!;
    const zl = z[k + 1]!;
    for (let r = 0; r < n; r++) {
      const zr = r * nOut;
      const ar = r * nIn;
      for (let j = 0; j < nOut; j++) zl[zr + j] = 0;
      for (let i = 0; i < nIn; i++) {
        const xi = input[ar + i]!;
        if (xi === 0) continue; // ReLU zeros: nothing to add
        const wi = wo + i * nOut;
        for (let j = 0; j < nOut; j++) zl[zr + j]! += xi * theta[wi + j]!;
      }
      for (let j = 0; j < nOut; j++) zl[zr + j]! += theta[bo + j]!;
    }
    activateAll(k === last ? 'identity' : activation, zl, a[k + 1]!, n * nOut);
  }
}

function buffers(layout: MlpLayout, n: number): Float64Array[] {
  return layout.sizes.map((s) => new Float64Array(n * s));
}

/**
 * L(θ) = (1/n) Σᵢ BCE(f(xᵢ; θ), yᵢ) for a dense network with one output (a
 * logit). The gradient is back-propagation: δ_L = (σ(z) − y)/n on the output,
 * ∂L/∂W_l = A_{l−1}ᵀδ_l, ∂L/∂b_l = Σ_rows δ_l, δ_{l−1} = (δ_l W_lᵀ) ⊙ g′(Z_{l−1}).
 * Buffers are allocated once and reused, so evaluating a landscape allocates
 * nothing per point; the gradient returned is always a fresh array.
 */
export function networkLoss(layout: MlpLayout, activation: ActivationId, batch: LabelledBatch): NetworkLoss {
  if (layout.sizes[layout.sizes.length - 1] !== 1) {
    throw new CoreError('invalid', 'a binary classifier has exactly one output (its logit)');
  }
  assertBatch(layout, batch);
  const { n, y } = batch;
  const z = buffers(layout, n);
  const a = buffers(layout, n);
  a[0] = batch.x;
  const delta = buffers(layout, n);
  const L = layout.layers.length;

  const forward = (p: ArrayLike<number>): number => {
    const theta = asParameters(layout, p);
    forwardInto(layout, activation, theta, n, z, a);
    const out = a[L]!;
    let sum = 0;
    for (let r = 0; r < n; r++) sum += bceWithLogit(out[r]!, y[r]!);
    return sum / n;
  };

  const valueAndGradient = (p: ArrayLike<number>) => {
    const theta = asParameters(layout, p);
    const value = forward(theta);
    const grad = new Float64Array(layout.size);
    const out = a[L]!;
    const dOut = delta[L]!;
    for (let r = 0; r < n; r++) dOut[r] = (sigmoid(out[r]!) - y[r]!) / n;
    for (let l = L; l >= 1; l--) {
      const { nIn, nOut, weightOffset: wo, biasOffset: bo } = layout.layers[l - 1]!;
      const d = delta[l]!;
      const input = a[l - 1]!;
      for (let r = 0; r < n; r++) {
        const dr = r * nOut;
        const ar = r * nIn;
        for (let j = 0; j < nOut; j++) grad[bo + j]! += d[dr + j]!;
        for (let i = 0; i < nIn; i++) {
          const xi = input[ar + i]!;
          if (xi === 0) continue;
          const wi = wo + i * nOut;
          for (let j = 0; j < nOut; j++) grad[wi + j]! += xi * d[dr + j]!;
        }
      }
      if (l === 1) break;
      const prev = delta[l - 1]!;
      for (let r = 0; r < n; r++) {
        const dr = r * nOut;
        const pr = r * nIn;
        for (let i = 0; i < nIn; i++) {
          const wi = wo + i * nOut;
          let s = 0;
          for (let j = 0; j < nOut; j++) s += d[dr + j]! * theta[wi + j]!;
          prev[pr + i] = s;
        }
      }
      multiplySlopes(activation, prev, z[l - 1]!, input, n * nIn);
    }
    return { value, gradient: grad };
  };

  return {
    dim: layout.size,
    layout,
    activation,
    batch,
    value: forward,
    gradient: (theta) => valueAndGradient(theta).gradient,
    valueAndGradient,
    accuracy(theta) {
      forward(theta);
      const out = a[L]!;
      let right = 0;
      for (let r = 0; r < n; r++) if ((out[r]! > 0 ? 1 : 0) === y[r]) right++;
      return right / n;
    },
  };
}
