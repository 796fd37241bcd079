/** URL state of the regression-descent widget (lecture 004 defaults). */
import { int, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'regression-descent';

export const MAX_STEPS = 5000;

export const stateSchema = schema({
  /** The iteration the scrubber shows (clamped to the run's length by the model). */
  it: int({ default: 1000, min: 0, max: MAX_STEPS }),
  /** Start β₀, β₁. */
  b0: num({ default: -8, min: -40, max: 40, digits: 3, step: 0.1, shown: 2 }),
  b1: num({ default: -3.2, min: -10, max: 10, digits: 3, step: 0.05, shown: 2 }),
  /** Learning rate, used with the lecture's halved gradient XᵀXβ − Xᵀy. */
  eta: num({ default: 0.002, min: 0.00001, max: 0.02, precision: 4, scale: 'log', shown: 5 }),
  steps: int({ default: 1000, min: 1, max: MAX_STEPS }),
  /** 3-D view. */
  az: num({ default: 60, min: 0, max: 360, digits: 1 }),
  el: num({ default: 22, min: 0, max: 90, digits: 1 }),
});

export type State = StateOf<typeof stateSchema>;
