/**
 * URL state of loss-surface-explorer: the line (b, w) being inspected, and whether the
 * residuals are drawn. b and w are limited to the grid of lecture 000 (true value ± 3).
 */
import { lecture000Data } from '~/core/data/lecture000';
import { bool, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'loss-surface-explorer';

const data = lecture000Data();

/** The grid of lecture 000: each parameter over its true value ± 3, 101 values. */
export const HALF_RANGE = 3;
export const GRID_N = 101;
export const B_DOMAIN: readonly [number, number] = [data.trueB - HALF_RANGE, data.trueB + HALF_RANGE];
export const W_DOMAIN: readonly [number, number] = [data.trueW - HALF_RANGE, data.trueW + HALF_RANGE];
/** One grid step (0.06): the arrow-key step. */
export const GRID_STEP = (2 * HALF_RANGE) / (GRID_N - 1);

export const stateSchema = schema({
  // Defaults: the lecture's random start, b = 0.4967…, w = −0.1383… (numpy seed 42).
  b: num({ default: data.initialB, min: B_DOMAIN[0], max: B_DOMAIN[1], digits: 4, step: 0.01, shown: 3 }),
  w: num({ default: data.initialW, min: W_DOMAIN[0], max: W_DOMAIN[1], digits: 4, step: 0.01, shown: 3 }),
  res: bool({ default: true }),
});

export type State = StateOf<typeof stateSchema>;
