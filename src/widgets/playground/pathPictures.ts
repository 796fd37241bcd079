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
   * Where the path's number sits (the text's anchor; the layer adds its offset up and to the
   * right): at the end, or further right where an earlier path's number is already there.
   */
  readonly numberAt: Pt;
  /**
   * Why the path ends early, and where its words go: left of the end when it is in the right
   * half (`right`), above it when it is in the lower half (`above`), so that they stay on the
   * map, clear of the axes' labels; `at` is their anchor: the end, or a line further from it for
   * each earlier path's words in the way (paths from the common start often leave the map at the
   * same point). Null when it does not end early.
   */
  readonly stop: {
    readonly why: string;
    readonly right: boolean;
    readonly above: boolean;
    readonly at: Pt;
  } | null;
}

/**
 * The text marks' offsets and sizes in pixels (pathsLayer.ts draws them so): a path's number
 * sits 9 px right of and above its end, moved `numberShift` further right per number in the way;
 * the words 10 px to the side, 24 px above or 12 px below it, a `line` further per words in the
 * way. Widths are estimated per character (bold, 11–12 px).
 */
export const LABEL = {
  numberDx: 9,
  numberDy: -9,
  numberChar: 7.5,
  numberShift: 11,
  wordsDx: 10,
  wordsAbove: -24,
  wordsBelow: 12,
  wordsChar: 6.6,
  line: 14,
} as const;

interface Box {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A text's box around its anchor (x, y), `width` px wide, one line high, to the right or left. */
const textBox = (x: number, y: number, width: number, toLeft: boolean): Box => ({
  x0: toLeft ? x - width : x,
  x1: toLeft ? x : x + width,
  y0: y - LABEL.line / 2,
  y1: y + LABEL.line / 2,
});

/**
 * The first step (0, 1, … up to 8) at which the box `at(step)` overlaps none of `taken`; that
 * box is then taken.
 */
function freeStep(taken: Box[], at: (step: number) => Box): number {
  let step = 0;
  while (step < 8 && taken.some((b) => overlaps(b, at(step)))) step++;
  taken.push(at(step));
  return step;
}

/** The pictures of `runs` on `window`, thinned with the figure's pixel `distance`. */
export function pathPictures(
  runs: readonly Run[],
  window: Window2D,
  distance: (a: Pt, b: Pt) => number,
): PathPicture[] {
  // Pixels per unit along each axis (the scales are linear), for the labels' layout.
  const ux = distance({ x: 0, y: 0 }, { x: 1, y: 0 });
  const uy = distance({ x: 0, y: 0 }, { x: 0, y: 1 });
  const numbers: Box[] = [];
  const words: Box[] = [];
  return runs.map((run, k) => {
    const c = run.clipped;
    const last = c === null ? 0 : Math.max(0, c.lastInside);
    const pts = run.points.slice(0, last + 1).map((p) => ({ x: p[0]!, y: p[1]! }));
    const at = c?.exit?.at;
    if (at && c?.exit && c.exit.index < run.points.length) pts.push({ x: at[0], y: at[1] });
    const end = pts[pts.length - 1]!;
    const left = c?.exit != null && c.exit.index < run.points.length;
    const stopped = run.status === 'not-defined' || run.status === 'diverged' || left;
    // Pixel position of the end (y down), relative to the window's corner.
    const ex = (end.x - window.x[0]) * ux;
    const ey = (window.y[1] - end.y) * uy;
    const number = String(k + 1);
    const shift =
      LABEL.numberShift *
      freeStep(numbers, (k) =>
        textBox(
          ex + LABEL.numberDx + k * LABEL.numberShift,
          ey + LABEL.numberDy,
          number.length * LABEL.numberChar,
          false,
        ),
      );
    const numberAt = shift === 0 || ux === 0 ? end : { x: end.x + shift / ux, y: end.y };
    let stop: PathPicture['stop'] = null;
    if (stopped) {
      const why = left ? 'leaves the map' : run.status === 'not-defined' ? 'stopped' : 'diverged';
      const right = end.x > (window.x[0] + window.x[1]) / 2;
      const above = end.y < (window.y[0] + window.y[1]) / 2;
      const width = `${number}: ${why}`.length * LABEL.wordsChar;
      const x = ex + (right ? -LABEL.wordsDx : LABEL.wordsDx);
      const y0 = ey + (above ? LABEL.wordsAbove : LABEL.wordsBelow);
      // Lines away from the end: up when the words are above it, down when below.
      const away = above ? -LABEL.line : LABEL.line;
      const row = freeStep(words, (k) => textBox(x, y0 + k * away, width, right));
      const wordsAt = row === 0 || uy === 0 ? end : { x: end.x, y: end.y - (row * away) / uy };
      stop = { why, right, above, at: wordsAt };
    }
    return { line: thinPath(pts, 1.5, distance, { keepLast: true }), end, numberAt, stop };
  });
}
