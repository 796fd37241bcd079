/** URL state of tangent-explorer: the point x and the secant's step h. */
import { num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'tangent-explorer';

/** The x axis of the curve panel (and the range of x). */
export const X_DOMAIN: readonly [number, number] = [-4, 4];
/** The range of h: from far too big to far too small for floating point. */
export const H_DOMAIN: readonly [number, number] = [1e-12, 2];

export const stateSchema = schema({
  x: num({ default: -2, min: X_DOMAIN[0], max: X_DOMAIN[1], digits: 2 }),
  h: num({ default: 1, min: H_DOMAIN[0], max: H_DOMAIN[1], precision: 3 }),
});

export type State = StateOf<typeof stateSchema>;
