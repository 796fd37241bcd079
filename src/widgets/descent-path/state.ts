/**
 * URL state of the descent-path widget. Defaults are chapter 4's first run: the round bowl
 * (w₁ − 2)² + (w₂ + 3)², η = 0.2, 15 steps from (−5, 5), the whole path shown. `method`
 * chooses a fixed step η or backtracking (Armijo) line search that tries η first.
 */
import { schema, num, int, choice, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'descent-path';

export const SURFACE_IDS = ['round-bowl', 'elongated-bowl', 'rotated-bowl', 'rosenbrock', 'himmelblau'] as const;
export const METHODS = ['fixed', 'armijo'] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

export const MAX_STEPS = 200;

export const stateSchema = schema({
  surface: choice({ default: 'round-bowl', options: SURFACE_IDS }),
  method: choice({ default: 'fixed', options: METHODS }),
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
  rosenbrock: [-1.5, 1.5],
  himmelblau: [0, 0],
};

/** η and steps set when the learner switches to a surface whose curvature needs them. */
export const SUGGESTED: Partial<Record<SurfaceId, { readonly eta: number; readonly steps: number }>> = {
  rosenbrock: { eta: 0.001, steps: 200 },
  himmelblau: { eta: 0.01, steps: 40 },
};
