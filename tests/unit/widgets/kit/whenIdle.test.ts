// whenIdle: work for when the page is idle.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eachWhenIdle, whenIdle } from '~/widgets/kit/whenIdle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A requestIdleCallback whose callbacks run when the test says the page is idle. */
function idleQueue() {
  const queue = new Map<number, () => void>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (f: () => void) => {
    queue.set(next, f);
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (h: number) => queue.delete(h));
  return {
    /** Runs the callbacks waiting now (not those they add). */
    idle() {
      const now = [...queue];
      queue.clear();
      for (const [, f] of now) f();
    },
  };
}

describe('whenIdle', () => {
  it('runs the work in an idle callback, not now, unless cancelled', () => {
    const q = idleQueue();
    const f = vi.fn();
    whenIdle(f);
    const cancel = whenIdle(f);
    expect(f).not.toHaveBeenCalled();
    cancel();
    q.idle();
    expect(f).toHaveBeenCalledTimes(1);
  });

  it('waits a little where requestIdleCallback is missing', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const f = vi.fn();
    whenIdle(f);
    expect(f).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(f).toHaveBeenCalledTimes(1);
  });
});

describe('eachWhenIdle', () => {
  it('runs one step per idle callback, in order, and none after the cancel', () => {
    const q = idleQueue();
    const ran: number[] = [];
    const cancel = eachWhenIdle([1, 2, 3].map((k) => () => ran.push(k)));
    expect(ran).toEqual([]);
    q.idle();
    expect(ran).toEqual([1]);
    q.idle();
    expect(ran).toEqual([1, 2]);
    cancel();
    q.idle();
    expect(ran).toEqual([1, 2]);
  });
});
