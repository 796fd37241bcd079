// The worker side of useWorkerTask (serveTask) with a fake scope, and the page's reply reducer.
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  applyReply,
  isTaskRequest,
  serveTask,
  type TaskReply,
  type TaskState,
  type WorkerScope,
} from '~/widgets/kit/workerProtocol';

function fakeScope() {
  const posted: TaskReply<unknown, unknown>[] = [];
  let listener: ((e: { data: unknown }) => void) | null = null;
  const deferred: Array<() => void> = [];
  const scope: WorkerScope = {
    postMessage: (m) => posted.push(m as TaskReply<unknown, unknown>),
    addEventListener: (_t, l) => (listener = l),
  };
  return {
    scope,
    posted,
    defer: (run: () => void) => deferred.push(run),
    send: (data: unknown) => listener!({ data }),
    flush: async () => {
      while (deferred.length > 0) deferred.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('serveTask', () => {
  it('answers a request with its progress and result, tagged with id and key', async () => {
    const f = fakeScope();
    serveTask<number, number, number>((n, c) => (c.report(n / 2), n * n), f.scope, f.defer);
    f.send({ type: 'run', id: 1, key: 'a', input: 3 });
    await f.flush();
    expect(f.posted).toEqual([
      { type: 'progress', id: 1, key: 'a', progress: 1.5 },
      { type: 'result', id: 1, key: 'a', result: 9 },
    ]);
  });

  it('computes only the newest of requests that queued up, and ignores junk', async () => {
    const f = fakeScope();
    const seen: number[] = [];
    serveTask<number, number>((n) => (seen.push(n), n), f.scope, f.defer);
    f.send('junk');
    f.send({ type: 'run', id: 1, key: 'a', input: 1 });
    f.send({ type: 'run', id: 2, key: 'b', input: 2 });
    f.send({ type: 'run', id: 3, key: 'c', input: 3 });
    await f.flush();
    expect(seen).toEqual([3]);
    expect(f.posted).toEqual([{ type: 'result', id: 3, key: 'c', result: 3 }]);
  });

  it('lets an async computation see that it was overtaken, and sends no stale result', async () => {
    const f = fakeScope();
    let wasCancelled = false;
    serveTask<number, number>(
      async (n, c) => {
        await new Promise((r) => setTimeout(r, 5));
        wasCancelled = c.cancelled();
        return n;
      },
      f.scope,
      f.defer,
    );
    f.send({ type: 'run', id: 1, key: 'a', input: 1 });
    f.defer(() => {}); // the first request starts
    await f.flush();
    f.send({ type: 'run', id: 2, key: 'b', input: 2 });
    await new Promise((r) => setTimeout(r, 20));
    await f.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(wasCancelled).toBe(false); // the second run was not overtaken
    expect(f.posted.map((m) => m.id)).toEqual([2]);
  });

  it('with keepOvertaken, sends an overtaken result that ran to the end, marked, but not one that stopped early', async () => {
    for (const asks of [false, true]) {
      const f = fakeScope();
      serveTask<number, number>(
        async (n, c) => {
          await new Promise((r) => setTimeout(r, 5));
          if (asks && c.cancelled()) return -1; // stopped early: its value means nothing
          return n * 10;
        },
        f.scope,
        f.defer,
      );
      f.send({ type: 'run', id: 1, key: 'a', input: 1, keepOvertaken: true });
      await f.flush(); // the first request starts
      f.send({ type: 'run', id: 2, key: 'b', input: 2, keepOvertaken: true }); // arrives while it runs
      await new Promise((r) => setTimeout(r, 20));
      await f.flush();
      await new Promise((r) => setTimeout(r, 20));
      expect(f.posted).toEqual([
        ...(asks ? [] : [{ type: 'result', id: 1, key: 'a', result: 10, overtaken: true }]),
        { type: 'result', id: 2, key: 'b', result: 20 },
      ]);
    }
  });

  it('reports a CoreError as a message a student can read', async () => {
    const f = fakeScope();
    serveTask(
      () => {
        throw new CoreError('out-of-range', 'η must be greater than 0');
      },
      f.scope,
      f.defer,
    );
    f.send({ type: 'run', id: 7, key: 'k', input: null });
    await f.flush();
    expect(f.posted).toHaveLength(1);
    expect(f.posted[0]).toMatchObject({ type: 'error', id: 7, key: 'k' });
    expect((f.posted[0] as { message: string }).message).toContain('η must be greater than 0');
  });

  it('isTaskRequest trusts only well-formed requests', () => {
    expect(isTaskRequest({ type: 'run', id: 1, key: 'a', input: 0 })).toBe(true);
    expect(isTaskRequest({ type: 'run', id: '1', key: 'a' })).toBe(false);
    expect(isTaskRequest(null)).toBe(false);
  });
});

describe('applyReply', () => {
  const s0: TaskState<number, string> = {
    id: 2,
    result: 1,
    resultKey: 'old',
    resultId: 0,
    progress: undefined,
    pending: true,
    error: null,
  };
  it('ignores replies to superseded requests', () => {
    expect(applyReply(s0, { type: 'result', id: 1, key: 'x', result: 5 })).toBe(s0);
  });
  it('with showNewer, shows a superseded result newer than the one shown, still pending; never an older one', () => {
    const s3 = { ...s0, id: 3 };
    expect(applyReply(s3, { type: 'result', id: 1, key: 'k1', result: 10, overtaken: true })).toBe(s3);
    const r1 = applyReply(s3, { type: 'result', id: 1, key: 'k1', result: 10, overtaken: true }, true);
    expect(r1).toMatchObject({ result: 10, resultKey: 'k1', resultId: 1, pending: true, id: 3 });
    // Sent before request 3 reached the worker (so not marked overtaken): newer than shown, shown.
    const r2 = applyReply(r1, { type: 'result', id: 2, key: 'k2', result: 20 }, true);
    expect(r2).toMatchObject({ result: 20, resultKey: 'k2', resultId: 2, pending: true });
    // An older answer arriving after a newer one is dropped.
    expect(applyReply(r2, { type: 'result', id: 1, key: 'k1', result: 10, overtaken: true }, true)).toBe(r2);
    expect(applyReply(r2, { type: 'error', id: 2, key: 'k2', message: 'no' }, true)).toBe(r2);
    expect(applyReply(r2, { type: 'result', id: 3, key: 'k3', result: 30 }, true)).toMatchObject({
      result: 30,
      resultId: 3,
      pending: false,
    });
  });
  it('takes progress, then the result, keeping the last result on an error', () => {
    const p = applyReply(s0, { type: 'progress', id: 2, key: 'new', progress: 'half' });
    expect(p).toMatchObject({ progress: 'half', pending: true, result: 1 });
    expect(applyReply(p, { type: 'result', id: 2, key: 'new', result: 9 })).toMatchObject({
      result: 9,
      resultKey: 'new',
      pending: false,
    });
    expect(applyReply(p, { type: 'error', id: 2, key: 'new', message: 'no' })).toMatchObject({
      result: 1,
      pending: false,
      error: 'no',
    });
  });
});
