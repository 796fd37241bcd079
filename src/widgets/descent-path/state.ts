/**
 * URL state of the descent-path widget. Defaults are lecture 002's: the round bowl
 * (x − 2)² + (y + 3)², η = 0.2, 15 steps from (−5, 5), the whole path shown.
 */
import { schema, num, int, choice, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'descent-path';

export const SURFACE_IDS = ['round-bowl', 'elongated-bowl', 'rotated-bowl'] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

export const MAX_STEPS = 200;

export const stateSchema = schema({
  surface: choice({ default: 'round-bowl', options: SURFACE_IDS }),
  x: num({ default: -5, min: -20, max: 20, digits: 2 }),
  y: num({ default: 5, min: -20, max: 20, digits: 2 }),
  eta: num({ default: 0.2, min: 0.001, max: 10, precision: 3, scale: 'log', shown: 3 }),
  steps: int({ default: 15, min: 1, max: MAX_STEPS }),
  /** The step the player shows (clamped to `steps` by the model). */
  at: int({ default: 15, min: 0, max: MAX_STEPS }),
});

export type State = StateOf<typeof stateSchema>;

/** Where a fresh start goes when the learner switches surface: high on a steep wall. */
export const DEFAULT_START: Record<SurfaceId, readonly [number, number]> = {
  'round-bowl': [-5, 5],
  'elongated-bowl': [-5, 2.5],
  'rotated-bowl': [-3, 2],
};
