/**
 * URL state of the multi-start widget: a catalogue surface, the optimiser and its step, the
 * grid of starts (n × n) and the step budget, and one dropped start whose path is drawn.
 * Defaults are chapter 8's: Himmelblau, gradient descent, η = 0.01, 64 × 64 starts, 2000 steps.
 */
import { schema, num, int, choice, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'multi-start';

export const BASIN_SURFACES = [
  'himmelblau',
  'rosenbrock',
  'six-hump-camel',
  'multi-well',
  'double-well',
  'plateau',
] as const;
export type BasinSurfaceId = (typeof BASIN_SURFACES)[number];

export const BASIN_OPTIMIZERS = ['gradient-descent', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
export type BasinOptimizerId = (typeof BASIN_OPTIMIZERS)[number];

/** Starts per side the learner can choose. */
export const GRID_SIDES = ['8', '16', '32', '64', '128'] as const;

export const stateSchema = schema({
  surface: choice({ default: 'himmelblau', options: BASIN_SURFACES }),
  opt: choice({ default: 'gradient-descent', options: BASIN_OPTIMIZERS }),
  eta: num({ default: 0.01, min: 1e-5, max: 10, precision: 3, scale: 'log', shown: 5 }),
  /** μ for momentum and Nesterov. */
  mu: num({ default: 0.9, min: 0, max: 0.99, digits: 2 }),
  n: choice({ default: '64', options: GRID_SIDES }),
  steps: int({ default: 2000, min: 10, max: 5000 }),
  /** The dropped start. */
  x: num({ default: 0, min: -1000, max: 1000, digits: 3 }),
  y: num({ default: 0, min: -1000, max: 1000, digits: 3 }),
});

export type State = StateOf<typeof stateSchema>;

/** A step that shows the basins well on each surface (set when the learner switches surface). */
export const SUGGESTED_ETA: Record<BasinSurfaceId, number> = {
  himmelblau: 0.01,
  rosenbrock: 0.001,
  'six-hump-camel': 0.05,
  'multi-well': 0.5,
  'double-well': 0.05,
  plateau: 1,
};
