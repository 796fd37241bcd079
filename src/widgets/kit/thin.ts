/**
 * Thinning a sequence of points (a descent path, its step labels) to those a
 * reader can tell apart: late iterations pile up within a pixel of the
 * minimum, and drawing them all costs a redraw hundreds of invisible
 * elements; step numbers closer than a label's width overlap.
 */
export interface ThinOptions<T> {
  /** Keep the last point whatever its distance (default true: a path must end where it ends). */
  readonly keepLast?: boolean;
  /** Also keep `p` when this says so (e.g. where a path crosses a clipping edge). */
  readonly keep?: (p: T, lastKept: T) => boolean;
}

/**
 * The first point, then every point at least `gap` from the previously kept
 * one, measured by `dist` (pixels, or screen units of a 3-D view).
 */
export function thinPath<T>(
  pts: readonly T[],
  gap: number,
  dist: (a: T, b: T) => number,
  options: ThinOptions<T> = {},
): T[] {
  const keepLast = options.keepLast ?? true;
  const out: T[] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i]!;
    const q = out[out.length - 1];
    if (q === undefined || (keepLast && i === pts.length - 1) || (options.keep?.(p, q) ?? false) || dist(p, q) >= gap)
      out.push(p);
  }
  return out;
}
