/**
 * URL state of the scaling comparison. The start is stored as slopes on the raw features
 * (w₁, w₂), so one start means the same model on both panels; each panel maps it into its
 * own coordinates. Defaults: standardised features, each panel in the window that shows its
 * whole bowl, start w = 0, a shared step of 0.0003, 300 steps drawn.
 */
import { schema, num, int, bool, choice, type StateOf } from '~/widgets/kit/urlState';
import { SCALINGS } from '~/core/data/feature-scaling';

export const WIDGET_ID = 'scaling-comparison';

/** 'bowl': each panel's own window around its whole bowl; 'recipe': w₁ ∈ [−1, 5], w₂ ∈ [−1, 0.5] on both. */
export const VIEWS = ['bowl', 'recipe'] as const;

export const MAX_DRAWN_STEPS = 3000;

export const stateSchema = schema({
  scaling: choice({ default: 'standard', options: SCALINGS }),
  view: choice({ default: 'bowl', options: VIEWS }),
  /** The start as raw-feature slopes. */
  w1: num({ default: 0, min: -50, max: 50, digits: 4 }),
  w2: num({ default: 0, min: -5, max: 5, digits: 5 }),
  /** The shared step, used on both panels (true MSE gradient). */
  eta: num({ default: 0.0003, min: 1e-6, max: 10, precision: 3, scale: 'log', shown: 7 }),
  /** Steps drawn on each panel. */
  drawn: int({ default: 300, min: 1, max: MAX_DRAWN_STEPS }),
  show3d: bool({ default: false }),
  az: num({ default: 60, min: 0, max: 360, digits: 1 }),
  el: num({ default: 22, min: 0, max: 90, digits: 1 }),
});

export type State = StateOf<typeof stateSchema>;
