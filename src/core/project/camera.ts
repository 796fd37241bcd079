import { assertFinite, CoreError } from '../errors';
import type { Vec3 } from './vec3';

/**
 * Where the eye sits, in the convention of matplotlib's `view_init`:
 * `azimuth` is the angle in degrees of the eye around the vertical axis,
 * measured in the (x, y) plane from the +x axis towards +y; `elevation` is
 * the angle in degrees of the eye above the (x, y) plane.
 */
export interface View {
  readonly azimuth: number;
  readonly elevation: number;
}

/** The two views lecture 004 uses for the least-squares surface. */
export const VIEW_PRESETS = {
  /** The first figure of the loss surface and the animated path. */
  lecture: { azimuth: 60, elevation: 22 },
  /** The steeper, more overhead view of the diverging run. */
  overhead: { azimuth: 142, elevation: 58 },
} as const satisfies Record<string, View>;

/** Elevation is kept in this range: a loss surface seen from below explains nothing. */
export const ELEVATION_RANGE = [0, 90] as const;

/**
 * An orbit camera: three orthonormal vectors in the unit box's coordinates.
 * `right` points to the right of the screen, `up` to its top, and `toward`
 * from the scene towards the eye, so (right, up, toward) is right-handed.
 * `distance` is 0 for an orthographic view, or the eye's distance from the
 * box centre (in box units) for a perspective view.
 */
export interface Camera {
  readonly view: View;
  readonly right: Vec3;
  readonly up: Vec3;
  readonly toward: Vec3;
  readonly distance: number;
}

/**
 * A view with the azimuth wrapped into [0, 360) and the elevation clamped to
 * ELEVATION_RANGE. Non-finite angles throw.
 */
export function normalizeView(view: View): View {
  assertFinite(view.azimuth, 'azimuth');
  assertFinite(view.elevation, 'elevation');
  let azimuth = view.azimuth % 360;
  if (azimuth < 0) azimuth += 360;
  // Keep the output free of -0 and of rounding residue like 359.99999999999994.
  azimuth = Math.round(azimuth * 1e9) / 1e9;
  if (azimuth === 360 || Object.is(azimuth, -0)) azimuth = 0;
  const elevation = Math.min(ELEVATION_RANGE[1], Math.max(ELEVATION_RANGE[0], view.elevation));
  return { azimuth, elevation: elevation + 0 };
}

/** `view` turned by dAzimuth and tilted by dElevation degrees, then normalised. */
export function nudgeView(view: View, dAzimuth: number, dElevation: number): View {
  return normalizeView({ azimuth: view.azimuth + dAzimuth, elevation: view.elevation + dElevation });
}

/**
 * The camera for `view`. `distance` 0 (the default) gives an orthographic
 * projection; a positive distance (at least 1.5 box units, so the eye stays
 * outside the box) gives a perspective one.
 */
export function orbitCamera(view: View, distance = 0): Camera {
  const v = normalizeView(view);
  assertFinite(distance, 'camera distance');
  if (distance !== 0 && distance < 1.5) {
    throw new CoreError('out-of-range', `camera distance must be 0 or at least 1.5, got ${distance}`);
  }
  const a = (v.azimuth * Math.PI) / 180;
  const e = (v.elevation * Math.PI) / 180;
  const ca = Math.cos(a);
  const sa = Math.sin(a);
  const ce = Math.cos(e);
  const se = Math.sin(e);
  return {
    view: v,
    right: [-sa, ca, 0],
    up: [-se * ca, -se * sa, ce],
    toward: [ce * ca, ce * sa, se],
    distance,
  };
}

/** The text a screen reader hears for a view: "azimuth 60°, elevation 22°". */
export function describeView(view: View): string {
  const v = normalizeView(view);
  return `azimuth ${Math.round(v.azimuth) % 360}°, elevation ${Math.round(v.elevation)}°`;
}
