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
 * - A new key posts a new request in the render's own task, so the worker starts on it while
 *   the frame paints; replies to older ones are ignored, and the worker skips requests
 *   overtaken before they started (see workerProtocol.ts).
 *   With `restart: true` a key change also terminates a busy worker and starts
 *   a fresh one (for computations that cannot check `cancelled()`).
 * - The worker is created on first use and terminated on unmount.
 * - Where Worker is missing, or the worker cannot run (its script fails to load, e.g. blocked,
 *   or it dies), `compute` runs in a task after the render instead, for this and later keys.
 * - A thrown error (a CoreError's message) is in `error`; the last result stays.
 * - `syncFirst: true`: the first key is computed during the first render on the page too, as in
 *   the build, so the hydrated figure is complete at once; only later keys go to the worker,
 *   whose script is then fetched on the first change. It costs hydration that computation: a
 *   widget whose static figure already shows the first key can instead keep the server's
 *   figure and text until the worker answers (the playground: `plot` returning null, Widget's
 *   `summary` null, KEPT_HTML).
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { problemText } from './problem';
import { whenIdle } from './whenIdle';
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
  /**
   * Compute the first key synchronously in the first render on the page, as during the build
   * (default false: the first result comes from the worker). For work of tens of milliseconds
   * whose figure must be there from hydration on.
   */
  readonly syncFirst?: boolean;
  /**
   * With syncFirst: start the worker when the page is idle after hydration and let it compute
   * the first key once (its answer is ignored), so the first change waits neither for the
   * worker's script nor for its code to warm up (default false: started on the first change).
   */
  readonly warm?: boolean;
  /**
   * When inputs come faster than the worker answers (typing), show each finished result that is
   * newer than the one on screen, even if a newer key is already waiting (default false: only
   * the newest key's result is shown, so nothing changes until the inputs pause).
   */
  readonly showOvertaken?: boolean;
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

const IDLE = {
  id: 0,
  result: undefined,
  resultKey: undefined,
  resultId: -1,
  progress: undefined,
  pending: false,
  error: null,
};

/** The task's answer computed on the page's main thread (no worker), as a reply to request `id`. */
function computeHere<I, O, P>(
  compute: WorkerTaskOptions<I, O, P>['compute'],
  id: number,
  key: string,
  input: I,
): TaskReply<O, P> {
  try {
    return { type: 'result', id, key, result: compute(input, SYNC_CONTROL) };
  } catch (error) {
    return { type: 'error', id, key, message: problemText(error) };
  }
}

export function useWorkerTask<I, O, P = unknown>(o: WorkerTaskOptions<I, O, P>): WorkerTask<O, P> {
  const enabled = o.enabled !== false;
  // With syncFirst the first render on the page computes the first key, as the build does.
  const [state, setState] = useState<TaskState<O, P>>(() =>
    enabled && o.syncFirst === true && !import.meta.env.SSR
      ? applyReply({ ...IDLE, pending: true }, computeHere(o.compute, 0, o.key, o.input))
      : IDLE,
  );
  const worker = useRef<Worker | null>(null);
  /** The worker failed to load or died: compute on the main thread from then on. */
  const broken = useRef(false);
  const opts = useRef(o);
  opts.current = o;
  const ids = useRef(0);
  /** The key computed by the first render (syncFirst), not to be requested again. */
  const first = useRef<string | undefined>(state.id === 0 ? state.resultKey : undefined);
  /** True while the worker has a request it has not answered. */
  const busy = useRef(false);
  /**
   * The key of the newest request posted (or computed in the first render): a render whose key
   * differs is about to post one, in its layout effect.
   */
  const postedKey = useRef<string | undefined>(first.current);
  /**
   * The state with the newest request posted as its request. A request is posted in the render's
   * own task (a layout effect), before the frame paints, so the worker starts at once; the state
   * learns of it when a reply comes, and a render reads `pending` from the refs meanwhile, so a
   * new key costs no second render after the paint.
   */
  const withNewest = (s: TaskState<O, P>): TaskState<O, P> =>
    s.id >= ids.current ? s : { ...s, id: ids.current, pending: true, progress: undefined };
  const reply = (r: TaskReply<O, P>): void =>
    setState((s) => applyReply(withNewest(s), r, opts.current.showOvertaken === true));

  /** The worker, created (with its listeners) if there is none; null when it cannot run. */
  const started = (): Worker | null => {
    if (worker.current !== null) return worker.current;
    if (typeof Worker !== 'function' || broken.current) return null;
    let w: Worker;
    try {
      w = opts.current.worker();
    } catch {
      broken.current = true;
      return null;
    }
    w.addEventListener('message', (e: MessageEvent<TaskReply<O, P>>) => {
      if (e.data.id === ids.current && e.data.type !== 'progress') busy.current = false;
      reply(e.data);
    });
    // An error event (not an error reply) means the worker itself cannot run: its script did
    // not load (missing, blocked) or it died. The newest request is computed here instead.
    w.addEventListener('error', () => {
      w.terminate();
      if (worker.current === w) worker.current = null;
      broken.current = true;
      busy.current = false;
      const req = ids.current;
      const { key: k, input: i } = opts.current;
      setTimeout(() => reply(computeHere(opts.current.compute, req, k, i)), 0);
    });
    worker.current = w;
    return w;
  };
  /** Starts the worker and has it compute `input` once, answering to no request (id −1). */
  const warmUp = (key: string, input: I): void => {
    if (ids.current !== 0) return; // a change came first: the worker is busy with it already
    started()?.postMessage({ type: 'run', id: -1, key, input } satisfies TaskRequest<I>);
  };

  useLayoutEffect(() => {
    if (!enabled) {
      postedKey.current = undefined;
      return;
    }
    const { key, input } = opts.current;
    postedKey.current = key;
    if (first.current !== undefined) {
      const done = first.current === key;
      first.current = undefined;
      if (done) return opts.current.warm === true ? whenIdle(() => warmUp(key, input)) : undefined;
    }
    const id = ++ids.current;
    const here = (): (() => void) => {
      const t = setTimeout(() => reply(computeHere(opts.current.compute, id, key, input)), 0);
      return () => clearTimeout(t);
    };
    if (worker.current !== null && opts.current.restart === true && busy.current) {
      worker.current.terminate();
      worker.current = null;
    }
    const w = started();
    if (w === null) return here();
    busy.current = true;
    w.postMessage({
      type: 'run',
      id,
      key,
      input,
      keepOvertaken: opts.current.showOvertaken === true,
    } satisfies TaskRequest<I>);
    return undefined;
    // `started` and `warmUp` read the latest options through refs; the key and `enabled` say when to run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
  // This render's key is posted in its layout effect when it is not the newest request's yet.
  const posting = postedKey.current !== o.key;
  const now = withNewest(state);
  const pending = posting || now.pending;
  const stale = pending || (now.error === null && now.resultKey !== o.key);
  return {
    result: now.result,
    resultKey: now.resultKey,
    progress: posting ? undefined : now.progress,
    pending,
    stale,
    error: now.error,
  };
}
