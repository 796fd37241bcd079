/**
 * URL state of the optimizer race: one surface, one start, six optimisers with their
 * hyper-parameters, the step budget and the iteration the shared scrubber shows.
 * Defaults are the Rosenbrock preset (chapter 8's listing: start (−1.2, 1)).
 */
import { schema, num, int, bool, choice, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'optimizer-race';

export const RACE_SURFACES = [
  'rosenbrock',
  'double-well',
  'ill-conditioned-bowl',
  'himmelblau',
  'six-hump-camel',
  'multi-well',
  'plateau',
] as const;
export type RaceSurfaceId = (typeof RACE_SURFACES)[number];

export const PRESET_IDS = ['rosenbrock', 'saddle', 'ill-conditioned', 'himmelblau-peak', 'custom'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** The most steps one optimiser may take (six of them run on every change). */
export const MAX_RACE_STEPS = 20_000;

const eta = (d: number) => num({ default: d, min: 1e-5, max: 10, precision: 3, scale: 'log', shown: 5 });
const frac = (d: number) => num({ default: d, min: 0, max: 0.9999, digits: 4, shown: 4 });

export const stateSchema = schema({
  preset: choice({ default: 'rosenbrock', options: PRESET_IDS }),
  surface: choice({ default: 'rosenbrock', options: RACE_SURFACES }),
  x: num({ default: -1.2, min: -100, max: 100, digits: 3 }),
  y: num({ default: 1, min: -100, max: 100, digits: 3 }),
  steps: int({ default: 5000, min: 1, max: MAX_RACE_STEPS }),
  /** log10 of the tolerance on f − f_min (default 1e-6). */
  tol: int({ default: -6, min: -12, max: -1 }),
  gd: bool({ default: true }),
  gdEta: eta(0.001),
  mom: bool({ default: true }),
  momEta: eta(0.001),
  momMu: frac(0.9),
  nag: bool({ default: true }),
  nagEta: eta(0.001),
  nagMu: frac(0.9),
  adagrad: bool({ default: true }),
  adagradEta: eta(0.5),
  rms: bool({ default: true }),
  rmsEta: eta(0.001),
  rmsDecay: frac(0.9),
  adam: bool({ default: true }),
  adamEta: eta(0.02),
  adamB1: frac(0.9),
  adamB2: frac(0.999),
  /** The iteration the scrubber shows (clamped to the longest run by the model). */
  at: int({ default: MAX_RACE_STEPS, min: 0, max: MAX_RACE_STEPS }),
});

export type State = StateOf<typeof stateSchema>;
