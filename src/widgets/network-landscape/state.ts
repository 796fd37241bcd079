import { bool, choice, int, list, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'network-landscape';

/** Widest hidden layer and most training steps a URL may ask for (clamped, with a note). */
export const MAX_WIDTH = 32;
export const MAX_STEPS = 5000;

export const stateSchema = schema({
  data: choice({ default: 'two-moons', options: ['two-moons', 'circles', 'xor', 'two-spirals'] as const }),
  noise: num({ default: 0.1, min: 0, max: 0.5, digits: 2 }),
  seed: int({ default: 0, min: 0, max: 9999 }),
  hidden: list(int({ default: 4, min: 2, max: MAX_WIDTH }), { default: [4, 4], maxLength: 2 }),
  act: choice({ default: 'tanh', options: ['tanh', 'relu', 'sigmoid', 'identity'] as const }),
  opt: choice({ default: 'adam', options: ['adam', 'momentum', 'gradient-descent'] as const }),
  eta: num({ default: 0.03, min: 0.0001, max: 1, precision: 2, scale: 'log' }),
  steps: int({ default: 1000, min: 10, max: MAX_STEPS }),
  init: int({ default: 1, min: 0, max: 9999 }),
  /** Paused at this step (absent: trained to the end). */
  at: int({ default: MAX_STEPS, min: 0, max: MAX_STEPS }),
  view: choice({ default: 'random', options: ['random', 'pca'] as const }),
  dir: int({ default: 2, min: 0, max: 9999 }),
  compare: bool({ default: false }),
  wide: list(int({ default: 32, min: 2, max: MAX_WIDTH }), { default: [32, 32], maxLength: 2 }),
  /** The landscape also as a 3-D surface (its code is loaded on demand), seen from (az, el). */
  v3d: bool({ default: false }),
  az: num({ default: 60, min: 0, max: 360, digits: 1 }),
  el: num({ default: 22, min: 0, max: 90, digits: 1 }),
});
export type State = StateOf<typeof stateSchema>;
