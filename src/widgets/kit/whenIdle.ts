/**
 * Runs `f` when the page has nothing else to do: requestIdleCallback, or a short timeout where
 * it is missing (Safari). Returns the cancel.
 */
export function whenIdle(f: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const h = requestIdleCallback(f, { timeout: 2000 });
    return () => cancelIdleCallback(h);
  }
  const t = setTimeout(f, 200);
  return () => clearTimeout(t);
}

/**
 * Runs `steps` one per idle callback, in order, so that work too long for one task yields
 * between its parts. Returns the cancel of the steps not yet run.
 */
export function eachWhenIdle(steps: ReadonlyArray<() => void>): () => void {
  let cancel = (): void => undefined;
  const run = (i: number): void => {
    if (i >= steps.length) return;
    cancel = whenIdle(() => {
      steps[i]!();
      run(i + 1);
    });
  };
  run(0);
  return () => cancel();
}
