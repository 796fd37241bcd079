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
 */

const queue: Array<() => void> = [];
let frame: number | null = null;

function nextTurn(): void {
  frame = null;
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
