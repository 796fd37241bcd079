/**
 * The messages between useWorkerTask (page) and serveTask (inside a module
 * Worker), and the worker side itself. Pure apart from the scope it is given,
 * so it is unit-tested with a fake scope.
 *
 * A request carries an id and the widget's key; the worker answers with any
 * number of progress messages and then one result or error, all tagged with
 * the request's id. Only the latest request matters: the worker skips
 * requests that a newer one has overtaken before it started them, and a
 * computation can ask `cancelled()` between chunks to stop early.
 *
 * A request with `keepOvertaken` also gets the result of a computation that a
 * newer request overtook while it ran (marked `overtaken`), provided it ran to
 * the end (it never saw `cancelled()` true): the page shows it while the newer
 * one is computed. Without it, a worker slower than the inputs (typing at 30
 * keys a second) would show nothing until the input stops.
 */
import { problemText } from './problem';

export interface TaskRequest<I> {
  readonly type: 'run';
  readonly id: number;
  readonly key: string;
  readonly input: I;
  /** Answer even when a newer request overtakes this one while it is computed (see above). */
  readonly keepOvertaken?: boolean;
}

export type TaskReply<O, P> =
  | { readonly type: 'progress'; readonly id: number; readonly key: string; readonly progress: P }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly key: string;
      readonly result: O;
      /** A newer request arrived while this one was computed (only sent with `keepOvertaken`). */
      readonly overtaken?: boolean;
    }
  | { readonly type: 'error'; readonly id: number; readonly key: string; readonly message: string };

/** What a computation may use besides its input. */
export interface TaskControl<P> {
  /** Sends a progress message (e.g. `{ done: 40, of: 100 }`) to the page. */
  report(progress: P): void;
  /** True once a newer request has arrived: stop and return anything (it is ignored). */
  cancelled(): boolean;
}

/** The part of a worker's global scope serveTask uses. */
export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** Whether `data` is a request (the worker trusts nothing it receives). */
export function isTaskRequest(data: unknown): data is TaskRequest<unknown> {
  const d = data as Partial<TaskRequest<unknown>> | null;
  return (
    typeof d === 'object' && d !== null && d.type === 'run' && typeof d.id === 'number' && typeof d.key === 'string'
  );
}

/**
 * Runs in the worker: answers each request with `compute(input, control)`.
 * `compute` may be synchronous or async (an async one that awaits between
 * chunks can see `cancelled()` turn true). Call once, at the top of the
 * worker module:
 *
 *     // basins.worker.ts
 *     import { serveTask } from '~/widgets/kit/workerProtocol';
 *     import { basins } from './basins';
 *     serveTask(basins);
 */
export function serveTask<I, O, P = unknown>(
  compute: (input: I, control: TaskControl<P>) => O | Promise<O>,
  scope: WorkerScope = globalThis as unknown as WorkerScope,
  defer: (run: () => void) => void = (run) => setTimeout(run, 0),
): void {
  let latest = -1;
  let queued: TaskRequest<I> | null = null;
  const start = async (req: TaskRequest<I>): Promise<void> => {
    /** The computation saw that it was overtaken, so it may have stopped early. */
    let stopped = false;
    const control: TaskControl<P> = {
      report: (progress) =>
        scope.postMessage({ type: 'progress', id: req.id, key: req.key, progress } satisfies TaskReply<O, P>),
      cancelled: () => {
        if (latest !== req.id) stopped = true;
        return stopped;
      },
    };
    try {
      const result = await compute(req.input, control);
      if (latest === req.id)
        scope.postMessage({ type: 'result', id: req.id, key: req.key, result } satisfies TaskReply<O, P>);
      else if (req.keepOvertaken === true && !stopped)
        scope.postMessage({
          type: 'result',
          id: req.id,
          key: req.key,
          result,
          overtaken: true,
        } satisfies TaskReply<O, P>);
    } catch (error) {
      scope.postMessage({ type: 'error', id: req.id, key: req.key, message: problemText(error) } satisfies TaskReply<
        O,
        P
      >);
    }
  };
  scope.addEventListener('message', (event) => {
    if (!isTaskRequest(event.data)) return;
    latest = event.data.id;
    // Requests that arrive while one is queued replace it: only the newest is computed.
    const wasQueued = queued !== null;
    queued = event.data as TaskRequest<I>;
    if (wasQueued) return;
    defer(() => {
      const req = queued!;
      queued = null;
      void start(req);
    });
  });
}

/** What the page knows about a task (pure state of useWorkerTask). */
export interface TaskState<O, P> {
  /** The id of the newest request; replies to older ones are ignored. */
  readonly id: number;
  /** The latest result and the key it was computed for (kept while a newer one is computed). */
  readonly result: O | undefined;
  /** The id of the request `result` answers (−1 before any). */
  readonly resultId: number;
  readonly resultKey: string | undefined;
  readonly progress: P | undefined;
  /** True while the newest request has no result or error yet. */
  readonly pending: boolean;
  readonly error: string | null;
}

/**
 * The state after a reply (pure): replies to superseded requests change nothing, except, with
 * `showNewer`, a result newer than the one shown, which replaces it while the newest is pending:
 * one the worker finished after a newer request reached it (`overtaken`), or one that crossed
 * the newer request on its way. Every result a worker sends is complete.
 */
export function applyReply<O, P>(state: TaskState<O, P>, reply: TaskReply<O, P>, showNewer = false): TaskState<O, P> {
  if (showNewer && reply.type === 'result' && reply.id > state.resultId && reply.id < state.id)
    return { ...state, result: reply.result, resultKey: reply.key, resultId: reply.id };
  if (reply.id !== state.id) return state;
  switch (reply.type) {
    case 'progress':
      return { ...state, progress: reply.progress };
    case 'result':
      return {
        ...state,
        result: reply.result,
        resultKey: reply.key,
        resultId: reply.id,
        pending: false,
        error: null,
      };
    case 'error':
      return { ...state, pending: false, error: reply.message };
  }
}
