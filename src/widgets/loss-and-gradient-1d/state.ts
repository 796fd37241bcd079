/** URL state of loss-and-gradient-1d: the weight w and the data point (x, y). */
import { num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'loss-and-gradient-1d';

/** The w axis of both panels. */
export const W_DOMAIN: readonly [number, number] = [-1, 3];

export const stateSchema = schema({
  w: num({ default: 0.5, min: W_DOMAIN[0], max: W_DOMAIN[1], digits: 2, step: 0.01 }),
  x: num({ default: 2, min: -4, max: 4, digits: 2, step: 0.1 }),
  y: num({ default: 4, min: -8, max: 8, digits: 2, step: 0.1 }),
});

export type State = StateOf<typeof stateSchema>;
