/**
 * The map worker's warm-up. A worker starts with its code cold: the first new formulas a student
 * types after the page loads took 100–200 ms each in the worker, against about 20 ms from the
 * tenth on, while V8 compiled the sampling, contour, descent and drawing code to optimised code.
 * So once the worker has sent its first answer, and until it is asked for anything else, it
 * computes the same answer for a few variants of that formula, one per task, outside its caches
 * (they must not push out maps the page may ask for again).
 */
import { isPixelFrame, type PixelFrame } from '~/widgets/kit/pathStrings';
import { uncachedAnswer, type MapRequest } from './mapAnswer';

/** How many variants the worker computes: enough for the answers to reach their steady time. */
export const WARM_UP_VARIANTS = 8;

/**
 * The `k`-th variant of a request: its formula scaled by a factor (the same shape of work, new
 * numbers), drawn for the request's pixel frame, or for a stand-in one when it has none (the
 * page's first request goes out before its figure is drawn), so that the drawing's code warms
 * up too.
 */
export function warmUpRequest(request: MapRequest, k: number): MapRequest {
  const { x, y } = request.window;
  const frame: PixelFrame = isPixelFrame(request.frame)
    ? request.frame
    : { x: { domain: [x[0], x[1]], range: [48, 624] }, y: { domain: [y[0], y[1]], range: [400, 16] } };
  return { ...request, formula: `${1 + (k + 1) / 4}*(${request.formula})`, frame };
}

/**
 * Runs the variants of `request` one per task (`later`), and stops for good as soon as
 * `asked()` is true (a request came in). Errors end the warm-up quietly: it is only a warm-up.
 */
export function warmUp(
  request: MapRequest,
  asked: () => boolean,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): void {
  let k = 0;
  const next = (): void => {
    if (asked() || k >= WARM_UP_VARIANTS) return;
    try {
      uncachedAnswer(warmUpRequest(request, k++));
    } catch {
      return;
    }
    later(next);
  };
  later(next);
}
