/**
 * Runs a heavy pure computation (thousands of descent runs, training a small
 * network) in a module Worker, off the input path, keyed by a string:
 *
 *     const task = useWorkerTask({
 *       key: `${s.surface}|${s.eta}|${s.n}`,
 *       input: { surface: s.surface, eta: s.eta, n: s.n },
 *       worker: () => new Worker(new URL('./basins.worker.ts', import.meta.url), { type: 'module' }),
 *       compute: basins, // the same pure function the worker serves (serveTask), run synchronously
 *     });
 *     task.result   // the latest result (undefined until the first arrives on the page)
 *     task.pending  // a newer key is being computed; task.progress: its last progress message
 *
 * - During the build (SSR) `compute` runs synchronously, so the static figure is complete.
 * - On the page the first result comes from the worker; until then `result` is
 *   undefined: let the layers that need it return null from `plot` (the static
 *   SVG stays) and say "computing…" in the summary.
 * - A new key posts a new request; replies to older ones are ignored, and the
 *   worker skips requests overtaken before they started (see workerProtocol.ts).
 *   With `restart: true` a key change also terminates a busy worker and starts
 *   a fresh one (for computations that cannot check `cancelled()`).
 * - The worker is created on first use and terminated on unmount.
 * - Where Worker is missing, `compute` runs in a task after the render.
 * - A thrown error (a CoreError's message) is in `error`; the last result stays.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { problemText } from './problem';
import { applyReply, type TaskControl, type TaskReply, type TaskRequest, type TaskState } from './workerProtocol';

export interface WorkerTaskOptions<I, O, P = unknown> {
  /** Identity of the input: a new key starts a new computation. */
  readonly key: string;
  readonly input: I;
  /** Creates the widget's worker (a module Worker that calls serveTask). */
  worker(): Worker;
  /**
   * The same computation, run synchronously during SSR (and where Worker is missing) with a
   * control that ignores progress and is never cancelled.
   */
  compute(input: I, control: TaskControl<P>): O;
  /** Terminate a busy worker when the key changes, instead of letting it finish (default false). */
  readonly restart?: boolean;
  /**
   * false: nothing to compute now (a map switched off): no request, and no worker is started,
   * so its script is not even downloaded; `result` is undefined and nothing is pending.
   */
  readonly enabled?: boolean;
}

export interface WorkerTask<O, P> {
  readonly result: O | undefined;
  /** The key `result` belongs to. */
  readonly resultKey: string | undefined;
  readonly progress: P | undefined;
  /** A request is posted and not yet answered. */
  readonly pending: boolean;
  /**
   * The result is not yet the current key's: true from the very render that changes the key
   * (before the request is posted) until its answer arrives. What `<Widget pending>` takes.
   */
  readonly stale: boolean;
  readonly error: string | null;
}

/** What a synchronous run gets: progress goes nowhere, nothing cancels it. */
const SYNC_CONTROL: TaskControl<never> = { report: () => {}, cancelled: () => false };

const IDLE = { id: 0, result: undefined, resultKey: undefined, progress: undefined, pending: false, error: null };

export function useWorkerTask<I, O, P = unknown>(o: WorkerTaskOptions<I, O, P>): WorkerTask<O, P> {
  const [state, setState] = useState<TaskState<O, P>>(IDLE);
  const worker = useRef<Worker | null>(null);
  const opts = useRef(o);
  opts.current = o;
  const ids = useRef(0);
  /** True while the worker has a request it has not answered. */
  const busy = useRef(false);

  const enabled = o.enabled !== false;
  useEffect(() => {
    if (!enabled) return;
    const id = ++ids.current;
    const { key, input } = opts.current;
    setState((s) => ({ ...s, id, pending: true, progress: undefined }));
    if (typeof Worker !== 'function') {
      const t = setTimeout(() => {
        try {
          const result = opts.current.compute(input, SYNC_CONTROL);
          setState((s) => applyReply(s, { type: 'result', id, key, result }));
        } catch (error) {
          setState((s) => applyReply(s, { type: 'error', id, key, message: problemText(error) }));
        }
      }, 0);
      return () => clearTimeout(t);
    }
    if (worker.current !== null && opts.current.restart === true && busy.current) {
      worker.current.terminate();
      worker.current = null;
    }
    if (worker.current === null) {
      const w = opts.current.worker();
      w.addEventListener('message', (e: MessageEvent<TaskReply<O, P>>) => {
        if (e.data.id === ids.current && e.data.type !== 'progress') busy.current = false;
        setState((s) => applyReply(s, e.data));
      });
      w.addEventListener('error', () => setState((s) => ({ ...s, pending: false, error: problemText(null) })));
      worker.current = w;
    }
    busy.current = true;
    worker.current.postMessage({ type: 'run', id, key, input } satisfies TaskRequest<I>);
    return undefined;
  }, [o.key, enabled]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  if (!enabled) {
    return { result: undefined, resultKey: undefined, progress: undefined, pending: false, stale: false, error: null };
  }
  if (import.meta.env.SSR) {
    return {
      result: o.compute(o.input, SYNC_CONTROL),
      resultKey: o.key,
      progress: undefined,
      pending: false,
      stale: false,
      error: null,
    };
  }
  const stale = state.pending || (state.error === null && state.resultKey !== o.key);
  return {
    result: state.result,
    resultKey: state.resultKey,
    progress: state.progress,
    pending: state.pending,
    stale,
    error: state.error,
  };
}
