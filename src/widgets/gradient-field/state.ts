/** URL state of gradient-field: the surface, the probe point, and how arrows are scaled. */
import { bool, choice, num, schema, type StateOf } from '~/widgets/kit/urlState';

export const WIDGET_ID = 'gradient-field';

export const SURFACE_IDS = ['elongated-bowl', 'round-bowl', 'rotated-bowl', 'himmelblau'] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

/** The probe may be anywhere in this square; each surface then clamps it to its own window. */
export const PROBE_LIMIT = 12;

export const stateSchema = schema({
  surface: choice({ default: 'elongated-bowl', options: SURFACE_IDS }),
  x: num({ default: 4, min: -PROBE_LIMIT, max: PROBE_LIMIT, digits: 2 }),
  y: num({ default: 1, min: -PROBE_LIMIT, max: PROBE_LIMIT, digits: 2 }),
  /** Arrows of equal length (direction only) instead of length ∝ |∇f|. */
  unit: bool({ default: false }),
});

export type State = StateOf<typeof stateSchema>;
