/**
 * Binary cross-entropy of one logit z (the network's output before the
 * sigmoid) against a label y ∈ {0, 1}:
 *
 *   −y·log σ(z) − (1 − y)·log(1 − σ(z)) = max(z, 0) − z·y + log(1 + e^(−|z|)).
 *
 * The right-hand form never takes the log of 0 and never overflows, whatever z.
 * numpy: `np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))`.
 */
export function bceWithLogit(z: number, y: number): number {
  return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}
