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
