import { CoreError, assertFiniteArray } from '../errors';
import { sigmoid, type ActivationId } from './activation';
import type { MlpLayout } from './layout';
import { asParameters, forwardInto } from './network-loss';

/** The most points one call may push through a network (a 256 × 256 map is 65 536). */
export const MAX_PREDICT_POINTS = 1 << 18;

/**
 * The network's output for each of n input rows (row-major, sizes[0] features
 * each): its logits, and the probabilities σ(logit) of class 1. Used for the
 * decision region drawn over the data.
 */
export function predict(
  layout: MlpLayout,
  activation: ActivationId,
  theta: ArrayLike<number>,
  x: Float64Array,
): { logits: Float64Array; probabilities: Float64Array } {
  const d = layout.sizes[0]!;
  if (x.length % d !== 0)
    throw new CoreError('mismatch', `inputs of ${d} features need a multiple of ${d} numbers, got ${x.length}`);
  const n = x.length / d;
  if (n > MAX_PREDICT_POINTS)
    throw new CoreError('out-of-range', `at most ${MAX_PREDICT_POINTS} points at once, got ${n}`);
  const params = asParameters(layout, theta);
  assertFiniteArray(x, 'the inputs');
  const z = layout.sizes.map((s) => new Float64Array(n * s));
  const a: Float64Array[] = layout.sizes.map((s) => new Float64Array(n * s));
  a[0] = x;
  forwardInto(layout, activation, params, n, z, a);
  const logits = a[a.length - 1]!.slice(0, n * layout.sizes[layout.sizes.length - 1]!);
  return { logits, probabilities: logits.map(sigmoid) };
}
