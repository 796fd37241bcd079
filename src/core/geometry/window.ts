import { assertFinite, CoreError } from '../errors';

/** A rectangle of the plane, x ∈ [x[0], x[1]], y ∈ [y[0], y[1]]: what a 2-D figure shows. */
export interface Window2D {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** Throws a CoreError unless the window is finite and non-empty (x[0] < x[1], y[0] < y[1]). */
export function assertWindow(w: Window2D, what = 'the window'): void {
  assertFinite(w.x[0], `${what} x[0]`);
  assertFinite(w.x[1], `${what} x[1]`);
  assertFinite(w.y[0], `${what} y[0]`);
  assertFinite(w.y[1], `${what} y[1]`);
  if (!(w.x[0] < w.x[1]) || !(w.y[0] < w.y[1])) {
    throw new CoreError(
      'invalid',
      `${what} must have x[0] < x[1] and y[0] < y[1], got x [${w.x[0]}, ${w.x[1]}], y [${w.y[0]}, ${w.y[1]}]`,
    );
  }
}

/** True when (x, y) is finite and inside the window, edges included. */
export function insideWindow(w: Window2D, x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y) && x >= w.x[0] && x <= w.x[1] && y >= w.y[0] && y <= w.y[1];
}
