// @vitest-environment jsdom
// useWorkerTask on the page, with a fake Worker: the first key computed at hydration
// (syncFirst) without starting a worker; later keys posted to it; a reply to a superseded
// request dropped even when it arrives after the newer one; the previous result kept while a
// key is pending; a worker that cannot run (its script fails to load) replaced by computing on
// the main thread, for this and later keys; `warm` starting the worker once the page is idle;
// a new key posted before the frame paints, with no second render for it.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWorkerTask, type WorkerTask } from '~/widgets/kit/useWorkerTask';
import type { TaskReply, TaskRequest } from '~/widgets/kit/workerProtocol';

/** A stand-in for a module Worker: records requests; the test answers them (in any order) or fails it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  requests: TaskRequest<number>[] = [];
  terminated = false;
  private listeners: Record<string, Array<(e: unknown) => void>> = {};
  constructor() {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, f: (e: unknown) => void): void {
    (this.listeners[type] ??= []).push(f);
  }
  postMessage(req: TaskRequest<number>): void {
    this.requests.push(req);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(req: TaskRequest<number>, result = req.input * 10, overtaken = false): void {
    const reply: TaskReply<number, never> = { type: 'result', id: req.id, key: req.key, result, overtaken };
    for (const f of this.listeners.message ?? []) f({ data: reply });
  }
  fail(): void {
    for (const f of this.listeners.error ?? []) f(new Event('error'));
  }
}

let host: HTMLDivElement;
let setN: (n: number) => void = () => {};
const seen: WorkerTask<number, never>[] = [];
let computed: number[] = [];

function Demo(props: { syncFirst: boolean; warm?: boolean; showOvertaken?: boolean; enabled?: boolean }): null {
  const [n, set] = useState(1);
  setN = set;
  seen.push(
    useWorkerTask<number, number, never>({
      key: `n=${n}`,
      input: n,
      worker: () => new (globalThis as unknown as { Worker: new () => Worker }).Worker(),
      compute: (x) => {
        computed.push(x);
        return x * 10;
      },
      syncFirst: props.syncFirst,
      warm: props.warm,
      showOvertaken: props.showOvertaken,
      enabled: props.enabled,
    }),
  );
  return null;
}

const last = (): WorkerTask<number, never> => seen[seen.length - 1]!;

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  FakeWorker.made = [];
  host = document.createElement('div');
  seen.length = 0;
  computed = [];
});
afterEach(() => {
  render(null, host);
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useWorkerTask on the page', () => {
  it('syncFirst: the first key is computed in the first render, and no worker is started for it', () => {
    act(() => render(h(Demo, { syncFirst: true }), host));
    expect(seen[0]).toMatchObject({ result: 10, resultKey: 'n=1', pending: false, stale: false });
    expect(computed).toEqual([1]);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('without syncFirst the first result comes from the worker', () => {
    act(() => render(h(Demo, { syncFirst: false }), host));
    expect(last()).toMatchObject({ result: undefined, pending: true, stale: true });
    const w = FakeWorker.made[0]!;
    act(() => w.answer(w.requests[0]!));
    expect(last()).toMatchObject({ result: 10, resultKey: 'n=1', pending: false, stale: false });
    expect(computed).toEqual([]);
  });

  it('keeps the last result while a new key is pending, and drops a superseded reply that arrives late', () => {
    act(() => render(h(Demo, { syncFirst: true }), host));
    act(() => setN(2));
    const w = FakeWorker.made[0]!;
    expect(w.requests.map((r) => r.key)).toEqual(['n=2']);
    expect(last()).toMatchObject({ result: 10, resultKey: 'n=1', stale: true });
    act(() => setN(3));
    expect(w.requests.map((r) => r.key)).toEqual(['n=2', 'n=3']);
    // The newer request is answered first, then the older one: the older answer is ignored.
    act(() => w.answer(w.requests[1]!));
    expect(last()).toMatchObject({ result: 30, resultKey: 'n=3', pending: false, stale: false });
    act(() => w.answer(w.requests[0]!));
    expect(last()).toMatchObject({ result: 30, resultKey: 'n=3', pending: false, stale: false });
    expect(FakeWorker.made).toHaveLength(1);
    expect(computed).toEqual([1]);
  });

  it('computes on the main thread when the worker cannot run, for the pending key and later ones', () => {
    vi.useFakeTimers();
    act(() => render(h(Demo, { syncFirst: true }), host));
    act(() => setN(2));
    const w = FakeWorker.made[0]!;
    act(() => w.fail());
    expect(w.terminated).toBe(true);
    expect(last()).toMatchObject({ result: 10, stale: true });
    act(() => void vi.runAllTimers());
    expect(last()).toMatchObject({ result: 20, resultKey: 'n=2', pending: false, stale: false, error: null });
    act(() => setN(4));
    act(() => void vi.runAllTimers());
    expect(last()).toMatchObject({ result: 40, resultKey: 'n=4', stale: false });
    expect(FakeWorker.made).toHaveLength(1);
    expect(computed).toEqual([1, 2, 4]);
  });

  it('computes on the main thread when the worker cannot even be created', () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    );
    act(() => render(h(Demo, { syncFirst: true }), host));
    act(() => setN(5));
    act(() => void vi.runAllTimers());
    expect(last()).toMatchObject({ result: 50, resultKey: 'n=5', stale: false, error: null });
  });

  it('warm: starts the worker when the page is idle and has it compute the first key once, ignoring the answer', () => {
    vi.useFakeTimers();
    act(() => render(h(Demo, { syncFirst: true, warm: true }), host));
    expect(FakeWorker.made).toHaveLength(0);
    act(() => void vi.runAllTimers());
    const w = FakeWorker.made[0]!;
    expect(w.requests).toMatchObject([{ id: -1, key: 'n=1', input: 1 }]);
    const renders = seen.length;
    act(() => w.answer(w.requests[0]!, 999));
    expect(last()).toMatchObject({ result: 10, resultKey: 'n=1', stale: false });
    expect(seen.length).toBe(renders);
    act(() => setN(2));
    act(() => w.answer(w.requests[1]!));
    expect(last()).toMatchObject({ result: 20, resultKey: 'n=2', stale: false });
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('showOvertaken: asks the worker for overtaken results and shows one newer than the shown, still stale', () => {
    act(() => render(h(Demo, { syncFirst: true, showOvertaken: true }), host));
    act(() => setN(2));
    act(() => setN(3));
    const w = FakeWorker.made[0]!;
    expect(w.requests.map((r) => r.keepOvertaken)).toEqual([true, true]);
    act(() => w.answer(w.requests[0]!, 20, true));
    expect(last()).toMatchObject({ result: 20, resultKey: 'n=2', pending: true, stale: true });
    act(() => w.answer(w.requests[1]!));
    expect(last()).toMatchObject({ result: 30, resultKey: 'n=3', pending: false, stale: false });
  });

  it('posts a new key before the frame paints, in the one render of the change, and takes the reply', async () => {
    vi.useFakeTimers();
    act(() => render(h(Demo, { syncFirst: true }), host));
    const renders = seen.length;
    // Outside act: Preact renders in a microtask and runs layout effects in that task; passive
    // effects would come only after the next frame (requestAnimationFrame, or a timer).
    setN(2);
    await Promise.resolve();
    expect(seen.length).toBe(renders + 1);
    const w = FakeWorker.made[0]!;
    expect(w.requests.map((r) => r.key)).toEqual(['n=2']);
    // That render already says the new key is pending: no second render is needed for it.
    expect(last()).toMatchObject({ result: 10, pending: true, stale: true });
    act(() => void vi.runAllTimers());
    expect(seen.length).toBe(renders + 1);
    // The answer is the newest request's, though the state never heard of the request before it.
    act(() => w.answer(w.requests[0]!));
    expect(last()).toMatchObject({ result: 20, resultKey: 'n=2', pending: false, stale: false });
    expect(seen.length).toBe(renders + 2);
  });

  it('switched off and on again with the same key: pending from the render that switches it on', () => {
    act(() => render(h(Demo, { syncFirst: false }), host));
    const w = FakeWorker.made[0]!;
    act(() => w.answer(w.requests[0]!));
    expect(last()).toMatchObject({ result: 10, pending: false });
    act(() => render(h(Demo, { syncFirst: false, enabled: false }), host));
    expect(last()).toMatchObject({ result: undefined, pending: false, stale: false });
    act(() => render(h(Demo, { syncFirst: false, enabled: true }), host));
    expect(seen[seen.length - 1]).toMatchObject({ pending: true, stale: true });
    expect(w.requests.map((r) => r.key)).toEqual(['n=1', 'n=1']);
    act(() => w.answer(w.requests[1]!));
    expect(last()).toMatchObject({ result: 10, resultKey: 'n=1', pending: false, stale: false });
  });
});
