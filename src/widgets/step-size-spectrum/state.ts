/**
 * URL state of the step-size-spectrum widget: the learning rate η (halved-gradient convention,
 * as in chapters 5–6) and how many steps the error panels follow.
 */
import { int, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'step-size-spectrum';

/** The η axis of the factor curve: 0 to 1.25 · 2/λ_max (≈ 0.0080 for the chapter's data). */
export const ETA_MAX = 0.008;

export const stateSchema = schema({
  eta: num({ default: 0.0055, min: 0.0001, max: ETA_MAX, digits: 5, step: 0.00001, shown: 5 }),
  steps: int({ default: 30, min: 5, max: 200 }),
});

export type State = StateOf<typeof stateSchema>;
