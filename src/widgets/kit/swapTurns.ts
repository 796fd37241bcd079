/**
 * The first drawings of the page's figures go on screen one per animation frame.
 *
 * A figure's first drawing is made in tasks of its own (PlotFigure's drawInSteps), and then put
 * on screen in place of the static SVG: the browser styles, lays out and paints the new SVGs in
 * the next frame. A widget's figures finish their steps a few tasks apart, so all of them landed
 * in one frame: regression-descent's four figures, 309 objects laid out and painted in one task of
 * 97 ms at 4× CPU (docs/benchmarks.md, Hydration, session 26). Taking turns, each frame carries
 * one step of one figure's first drawing: a layer put in place hidden, the figure shown, or what it
 * replaced removed (PlotFigure). A figure waits a few frames at most per figure ahead of it, showing
 * its static SVG meanwhile. A widget's body is contained in a turn of its own too (Widget.tsx).
 * A turn's frame carries none of the page's scheduled redraws either, unless they answer input
 * (frameScheduler.ts, frameForTurn).
 */
import { frameForTurn } from './frameScheduler';
import { inNewTask } from './nextTask';

const queue: Array<() => void> = [];
let frame: number | null = null;
/** Frames in a row the next turn has let the page's redraws have (frameForTurn). */
let waited = 0;
/**
 * How many frames in a row a turn lets go to redraws that came first: an animation redraws in
 * every frame, and must not keep a figure's first drawing waiting.
 */
const MAX_WAIT = 2;

function nextTurn(time: number): void {
  frame = null;
  if (queue.length === 0) return;
  // A frame of its own: not one in which the page's scheduled redraws already ran, and none run
  // in it after the turn (frameScheduler.ts).
  if (!frameForTurn(time) && waited < MAX_WAIT) {
    waited++;
    frame = requestAnimationFrame(nextTurn);
    return;
  }
  waited = 0;
  const swap = queue.shift();
  if (queue.length > 0) frame = requestAnimationFrame(nextTurn);
  swap?.();
}

/**
 * Runs `swap` at the start of an animation frame of its own (in turn with the page's other
 * figures), or at once where there are no frames (the server). Returns the cancel.
 */
export function swapTurn(swap: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    swap();
    return () => {};
  }
  const turn = (): void => swap();
  queue.push(turn);
  frame ??= requestAnimationFrame(nextTurn);
  return () => {
    const at = queue.indexOf(turn);
    if (at >= 0) queue.splice(at, 1);
  };
}

/**
 * Runs `run` in a task right after a frame of its own (a `swapTurn`): DOM changes made there, and
 * styled and laid out there (a read of a size), leave the next frame only its painting. Made in
 * the frame, their style and layout came on top of its pre-paint, paint and layerization. At
 * once where there are no frames. Returns the cancel.
 */
export function taskAfterTurn(run: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    run();
    return () => {};
  }
  let cancel = swapTurn(() => {
    cancel = inNewTask(run);
  });
  return () => cancel();
}
