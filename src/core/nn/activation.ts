import { CoreError } from '../errors';

/** The activations a hidden layer may use. The output layer is always the identity (a logit). */
export type ActivationId = 'identity' | 'sigmoid' | 'tanh' | 'relu';

export const ACTIVATIONS: readonly ActivationId[] = ['identity', 'sigmoid', 'tanh', 'relu'];

/** The logistic function 1/(1 + e^(−z)), written so that neither branch overflows. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** g(z) for one activation. */
export function activate(id: ActivationId, z: number): number {
  switch (id) {
    case 'identity':
      return z;
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
  }
}

/**
 * g′(z) from the activation's output a = g(z) (and z for ReLU): what the
 * backward pass multiplies by. sigmoid: a(1 − a); tanh: 1 − a²; ReLU: 1 for
 * z > 0, else 0 (the subgradient 0 at z = 0, as most libraries choose).
 */
export function activationSlope(id: ActivationId, z: number, a: number): number {
  switch (id) {
    case 'identity':
      return 1;
    case 'sigmoid':
      return a * (1 - a);
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return z > 0 ? 1 : 0;
  }
}

/** The activation with this id; CoreError for anything else (e.g. text from a URL). */
export function activationId(id: unknown): ActivationId {
  if (typeof id === 'string' && (ACTIVATIONS as readonly string[]).includes(id)) return id as ActivationId;
  throw new CoreError('invalid', `unknown activation "${String(id)}" (try ${ACTIVATIONS.join(', ')})`);
}
