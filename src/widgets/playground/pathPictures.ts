/**
 * What the paths layer (pathsLayer.ts) shows of each descent run: its visible part thinned to
 * the pixel, where it ends and why it ends early. Pure and free of the DOM and Plot, so the map
 * worker can work it out for the figure's pixel frame too (mapDrawing.ts).
 */
import type { Window2D } from '~/core/geometry/window';
import { thinPath } from '~/widgets/kit/thin';
import type { Run } from './descentRuns';

export type Pt = { x: number; y: number };

/** What the layer shows of one run. */
export interface PathPicture {
  /** The visible part, thinned to the pixel: up to where the path first leaves the window (or stops). */
  readonly line: Pt[];
  readonly end: Pt;
  /**
   * Why the path ends early, and where its words go: left of the end when it is in the right
   * half (`right`), above it when it is in the lower half (`above`), so that they stay on the
   * map, clear of the axes' labels; null when it does not end early.
   */
  readonly stop: { readonly why: string; readonly right: boolean; readonly above: boolean } | null;
}

/** The pictures of `runs` on `window`, thinned with the figure's pixel `distance`. */
export function pathPictures(
  runs: readonly Run[],
  window: Window2D,
  distance: (a: Pt, b: Pt) => number,
): PathPicture[] {
  return runs.map((run) => {
    const c = run.clipped;
    const last = c === null ? 0 : Math.max(0, c.lastInside);
    const pts = run.points.slice(0, last + 1).map((p) => ({ x: p[0]!, y: p[1]! }));
    const at = c?.exit?.at;
    if (at && c?.exit && c.exit.index < run.points.length) pts.push({ x: at[0], y: at[1] });
    const end = pts[pts.length - 1]!;
    const left = c?.exit != null && c.exit.index < run.points.length;
    const stopped = run.status === 'not-defined' || run.status === 'diverged' || left;
    return {
      line: thinPath(pts, 1.5, distance, { keepLast: true }),
      end,
      stop: stopped
        ? {
            why: left ? 'leaves the map' : run.status === 'not-defined' ? 'stopped' : 'diverged',
            right: end.x > (window.x[0] + window.x[1]) / 2,
            above: end.y < (window.y[0] + window.y[1]) / 2,
          }
        : null,
    };
  });
}
