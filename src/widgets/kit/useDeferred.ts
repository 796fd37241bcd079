import { useEffect, useRef, useState } from 'preact/hooks';
import { problemText } from './problem';

export interface Deferred<T> {
  /** The value of the current key once computed; until then the last key's. */
  readonly value: T;
  /** `value` belongs to an earlier key: the current one is computed after this frame. */
  readonly stale: boolean;
  /** Why the last computation failed (the value stays the last good one), or null. */
  readonly error: string | null;
}

interface Computed<T> {
  readonly key: string;
  readonly value: T;
  readonly error: string | null;
}

/**
 * A value derived from the render's data but computed after the frame is painted, for work of
 * a few milliseconds that must not hold up the frame answering an input (scaling-comparison
 * counts its steps after the frame that draws a drag):
 *
 *     const runs = useDeferred(runsKey(m), () => runsOf(m), (shown) => shown.mapKey !== m.mapKey);
 *     runs.value   // the value of the current key, or of the last one while `runs.stale`
 *
 * `deferIf(shown)` decides per change: when it returns false the new value is computed during
 * the render, as useMemo would (dragging the start: the paths are the answer, so they must be
 * in the input's frame). A key that changes again before its value is computed is skipped.
 * During the build and on the first render on the page the value is computed at once, so the
 * static figure and the hydrated one are complete. Work of seconds belongs in a worker
 * (`useWorkerTask`).
 */
export function useDeferred<T>(
  key: string,
  compute: () => T,
  deferIf: (shown: T) => boolean = () => true,
): Deferred<T> {
  const latest = useRef(compute);
  latest.current = compute;
  const computed = useRef<Computed<T> | null>(null);
  const [, redraw] = useState(0);
  const run = (previous: Computed<T> | null): Computed<T> => {
    try {
      return { key, value: latest.current(), error: null };
    } catch (error) {
      if (previous === null) throw error;
      return { ...previous, key, error: problemText(error) };
    }
  };
  // A cache of the last computed value, filled during the render when nothing is deferred.
  if (computed.current === null) computed.current = run(null);
  else if (computed.current.key !== key && !deferIf(computed.current.value)) computed.current = run(computed.current);
  const done = computed.current.key === key;
  useEffect(() => {
    if (done) return;
    // Effects run after the frame is painted: compute now, draw in the next frame.
    computed.current = run(computed.current);
    redraw((n) => n + 1);
    // `run` reads the latest compute through a ref; the key and `done` say when to run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, done]);
  return { value: computed.current.value, stale: !done, error: computed.current.error };
}
