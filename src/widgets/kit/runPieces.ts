/**
 * Work in steps (the core's InSteps, or any iterator) run a few pieces per task: pieces run one
 * after another until PIECES_MS have passed, then the caller ends the task and calls again in
 * the next. Each piece is a few ms of work (a contour level, a few hundred descent steps), so a
 * task stays under 50 ms even at 4× CPU, and a fast machine still does many pieces per task.
 */
const PIECES_MS = 10;

export function isIterator(value: unknown): value is Iterator<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Iterator<unknown>).next === 'function';
}

/**
 * Runs pieces of `pieces` for PIECES_MS: the iterator when it has more, undefined once it is
 * done or a piece threw (the caller meets the error again where it reports errors).
 */
export function runPieces(pieces: Iterator<unknown>): Iterator<unknown> | undefined {
  const start = performance.now();
  try {
    do {
      if (pieces.next().done === true) return undefined;
    } while (performance.now() - start < PIECES_MS);
    return pieces;
  } catch {
    return undefined;
  }
}
