/** Presentation geometry: where a path segment crosses the edge of the drawn window. */

export interface Window {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

export function inside(w: Window, x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y) && x >= w.x[0] && x <= w.x[1] && y >= w.y[0] && y <= w.y[1];
}

/**
 * The point where the segment from (ax, ay) (inside the window) towards (bx, by) (outside,
 * possibly astronomically far or not finite) first meets the window's edge.
 */
export function exitPoint(w: Window, ax: number, ay: number, bx: number, by: number): [number, number] {
  const dx0 = Number.isFinite(bx) ? bx - ax : Math.sign(bx || 1) * 1e300;
  const dy0 = Number.isFinite(by) ? by - ay : Math.sign(by || 1) * 1e300;
  // Scale huge directions down so the arithmetic stays finite; only the direction matters.
  const m = Math.max(Math.abs(dx0), Math.abs(dy0), 1e-300);
  const dx = dx0 / m;
  const dy = dy0 / m;
  let t = Infinity;
  if (dx > 0) t = Math.min(t, (w.x[1] - ax) / dx);
  if (dx < 0) t = Math.min(t, (w.x[0] - ax) / dx);
  if (dy > 0) t = Math.min(t, (w.y[1] - ay) / dy);
  if (dy < 0) t = Math.min(t, (w.y[0] - ay) / dy);
  if (!Number.isFinite(t)) return [ax, ay];
  const x = Math.min(w.x[1], Math.max(w.x[0], ax + t * dx));
  const y = Math.min(w.y[1], Math.max(w.y[0], ay + t * dy));
  return [x, y];
}
