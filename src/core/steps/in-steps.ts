/**
 * A long computation in pieces. `fooInSteps(…)` is a generator that yields between pieces of
 * its work (a contour level, a few hundred descent steps) and returns exactly what `foo(…)`
 * returns; `foo(…)` is `runToEnd(fooInSteps(…))`. A page can then run one piece per task and
 * keep every task short (a phone is several times slower than the machine that wrote the
 * numbers), while code that wants the answer now calls `foo`.
 *
 * Like any generator, nothing runs, not even the checks of the arguments, until the first
 * `next()`.
 */
export type InSteps<T> = Generator<void, T, void>;

/** Runs every piece of `steps` now and returns the result. */
export function runToEnd<T>(steps: InSteps<T>): T {
  for (;;) {
    const piece = steps.next();
    if (piece.done === true) return piece.value;
  }
}
