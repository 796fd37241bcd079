import { choice, num, schema, type StateOf } from '~/widgets/kit/urlState';

/** One neuron with two inputs: a = g(w₁x₁ + w₂x₂ + b). */
export const stateSchema = schema({
  w1: num({ default: 1, min: -5, max: 5, digits: 2 }),
  w2: num({ default: -1, min: -5, max: 5, digits: 2 }),
  b: num({ default: 0, min: -5, max: 5, digits: 2 }),
  act: choice({ default: 'sigmoid', options: ['sigmoid', 'tanh', 'relu', 'identity'] as const }),
});
export type State = StateOf<typeof stateSchema>;
