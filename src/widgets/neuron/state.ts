import { choice, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'neuron';

/** One neuron with two inputs: a = g(w₁x₁ + w₂x₂ + b). */
export const stateSchema = schema({
  w1: num({ default: 1, min: -5, max: 5, digits: 2, step: 0.05 }),
  w2: num({ default: -1, min: -5, max: 5, digits: 2, step: 0.05 }),
  b: num({ default: 0, min: -5, max: 5, digits: 2, step: 0.05 }),
  act: choice({ default: 'sigmoid', options: ['sigmoid', 'tanh', 'relu', 'identity'] as const }),
});
export type State = StateOf<typeof stateSchema>;
