/**
 * A widget's state, kept in its own query parameter of the page URL.
 * SSR and the hydration render use the defaults (so the static HTML matches);
 * the URL is read right after mounting. Writes are debounced replaceState.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readParam, writeParam, encodeValue } from './urlQuery';
import type { Field, Schema, StateOf } from './urlState';

/** How long after the last change the URL is rewritten (ms). */
export const URL_WRITE_DELAY = 250;

export interface UrlState<S> {
  readonly state: S;
  readonly defaults: S;
  /** The state as written in the URL ('' when all defaults). */
  readonly serialized: string;
  /** Applies `patch` (values clamped/validated by the schema); clears `problem`. */
  set(patch: Partial<S>): void;
  /** Returns to `state` without clearing `problem` (useModel's way back to the last state that worked). */
  restore(state: S): void;
  /** Why the figure shows an earlier state (a CoreError's message), or null. */
  readonly problem: string | null;
  report(problem: string): void;
  /** Back to the defaults; clears the notes and the URL parameter. */
  reset(): void;
  /** Notes about values in the URL that could not be used as given. */
  readonly notes: readonly string[];
  dismissNotes(): void;
  /** Absolute URL that reproduces this view, ending in #id. */
  link(): string;
}

/** The link for a widget state: this page, only this widget's parameter, then #id (pure). */
export function linkFor(origin: string, pathname: string, id: string, value: string): string {
  return `${origin}${pathname}${value === '' ? '' : `?${encodeURIComponent(id)}=${encodeValue(value)}`}#${id}`;
}

export function useUrlState<F extends Record<string, Field<unknown>>>(
  id: string,
  schema: Schema<F>,
): UrlState<StateOf<Schema<F>>> {
  type St = StateOf<Schema<F>>;
  type S = St;
  const [state, setState] = useState<St>(schema.defaults as St);
  const [notes, setNotes] = useState<readonly string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const ready = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const write = useCallback(
    (s: St, now: boolean) => {
      clearTimeout(timer.current);
      const run = (): void => {
        try {
          const search = writeParam(location.search, id, schema.serialize(s));
          if (search !== location.search) {
            history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
          }
        } catch {
          /* a sandboxed page may refuse replaceState: the figure still works */
        }
      };
      if (now) run();
      else timer.current = setTimeout(run, URL_WRITE_DELAY);
    },
    [id, schema],
  );

  useLayoutEffect(() => {
    const { state: s, notes: n } = schema.parse(readParam(location.search, id));
    ready.current = true;
    if (!schema.equals(s, schema.defaults)) setState(s as St);
    if (n.length > 0) setNotes(n);
    return () => clearTimeout(timer.current);
  }, [id, schema]);

  useEffect(() => {
    if (ready.current) write(state, false);
  }, [state, write]);

  const set = useCallback(
    (patch: Partial<S>) => {
      setProblem(null);
      setState((prev) => schema.clamp(patch as never, prev) as St);
    },
    [schema],
  );
  const restore = useCallback((s: S) => setState((prev) => (schema.equals(prev, s as never) ? prev : s)), [schema]);
  const report = useCallback((p: string) => setProblem((prev) => (prev === p ? prev : p)), []);
  const reset = useCallback(() => {
    const d = schema.clamp({}, schema.defaults) as St;
    setState(d);
    setNotes([]);
    setProblem(null);
    write(d, true);
  }, [schema, write]);
  const dismissNotes = useCallback(() => setNotes([]), []);
  const stateRef = useRef(state);
  stateRef.current = state;
  const link = useCallback(
    () => linkFor(location.origin, location.pathname, id, schema.serialize(stateRef.current)),
    [id, schema],
  );

  const serialized = useMemo(() => schema.serialize(state), [schema, state]);
  return useMemo(
    () => ({
      state,
      defaults: schema.defaults as St,
      serialized,
      set,
      restore,
      problem,
      report,
      reset,
      notes,
      dismissNotes,
      link,
    }),
    [schema, state, serialized, set, restore, problem, report, reset, notes, dismissNotes, link],
  );
}
