/** URL state of the convex-vs-nonconvex widget. */
import { choice, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'convex-vs-nonconvex';

export const CONVEX_IDS = ['rotated-bowl', 'round-bowl', 'elongated-bowl'] as const;
export const NONCONVEX_IDS = ['multi-well', 'himmelblau', 'six-hump-camel'] as const;
export const SHOW = ['both', '3d', 'contours'] as const;

export const stateSchema = schema({
  convex: choice({ default: 'rotated-bowl', options: CONVEX_IDS }),
  other: choice({ default: 'multi-well', options: NONCONVEX_IDS }),
  show: choice({ default: 'both', options: SHOW }),
  /** The 3-D view, shared by both surfaces. */
  az: num({ default: 60, min: 0, max: 360, digits: 1 }),
  el: num({ default: 22, min: 0, max: 90, digits: 1 }),
});

export type State = StateOf<typeof stateSchema>;
