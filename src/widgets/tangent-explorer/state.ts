/** URL state of tangent-explorer: the point x and the secant's step h. */
import { num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'tangent-explorer';

/** The x axis of the curve panel (and the range of x). */
export const X_DOMAIN: readonly [number, number] = [-4, 4];
/** The range of h: from far too big to far too small for floating point. */
export const H_DOMAIN: readonly [number, number] = [1e-12, 2];

export const stateSchema = schema({
  x: num({ default: -2, min: X_DOMAIN[0], max: X_DOMAIN[1], digits: 2, step: 0.01 }),
  h: num({ default: 1, min: H_DOMAIN[0], max: H_DOMAIN[1], precision: 3 }),
});

/** The control for h: a slider over log₁₀ h (the value typed is the exponent), bounds from H_DOMAIN. */
export const logHField = num({
  default: 0,
  min: Math.log10(H_DOMAIN[0]),
  max: Math.log10(H_DOMAIN[1]),
  digits: 2,
  step: 0.05,
});

export type State = StateOf<typeof stateSchema>;
