/**
 * URL state of the learning-rate-comparison widget. Defaults are chapter 6's: start
 * (−8, −2), the rates 0.002 (converges), 0.0055 (oscillates) and 0.0065 (diverges), 100 steps.
 * `eta` is the rate under the slider (the one the learner is about to predict and run).
 *
 * An instructor's link that opens the comparison on the divergent rate alone:
 *   ?learning-rate-comparison=etas:0.0065,eta:0.0065#learning-rate-comparison
 */
import { schema, num, int, list, bool, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'learning-rate-comparison';

export const ETA_MIN = 5e-4;
export const ETA_MAX = 0.05;
export const MAX_RUNS = 6;
export const DEFAULT_ETAS = [0.002, 0.0055, 0.0065];

/** One learning rate: 4 significant digits, typed with up to 6 decimals, on a log slider. */
export const etaField = num({ default: 0.002, min: ETA_MIN, max: ETA_MAX, precision: 4, scale: 'log', shown: 6 });

export const stateSchema = schema({
  etas: list(etaField, { default: DEFAULT_ETAS, maxLength: MAX_RUNS }),
  eta: num({ default: 0.0045, min: ETA_MIN, max: ETA_MAX, precision: 4, scale: 'log', shown: 5 }),
  steps: int({ default: 100, min: 1, max: 1000 }),
  /** Backtracking (Armijo) line search that tries each run's η first, instead of a fixed step. */
  armijo: bool({ default: false }),
});

export type State = StateOf<typeof stateSchema>;
