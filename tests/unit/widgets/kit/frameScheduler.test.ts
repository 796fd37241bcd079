// frameScheduler: calls coalesced into one per animation frame; the page's schedulers share a
// frame's time, and once it is spent a call waits for a task of its own after the frame.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_BUDGET_MS, frameScheduler } from '~/widgets/kit/frameScheduler';

/** A fake requestAnimationFrame: `frameAt(t)` runs every queued callback with time t. */
let queued: Map<number, FrameRequestCallback>;
let nextId: number;
let clock: number;
function frameAt(time: number): void {
  const callbacks = [...queued.values()];
  queued.clear();
  for (const cb of callbacks) cb(time);
}
const tasks = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

beforeEach(() => {
  queued = new Map();
  nextId = 1;
  clock = 1000;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queued.set(nextId, cb);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queued.delete(id));
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('frameScheduler', () => {
  it('runs once per frame however often it is scheduled, and not after cancel', () => {
    let runs = 0;
    const s = frameScheduler(() => runs++);
    s.schedule();
    s.schedule();
    s.schedule();
    frameAt(16);
    expect(runs).toBe(1);
    s.schedule();
    s.cancel();
    frameAt(32);
    expect(runs).toBe(1);
  });

  it('runs every scheduler in the frame while the frame has time left', () => {
    const order: string[] = [];
    const a = frameScheduler(() => {
      order.push('a');
      clock += FRAME_BUDGET_MS / 3;
    });
    const b = frameScheduler(() => order.push('b'));
    a.schedule();
    b.schedule();
    frameAt(16);
    expect(order).toEqual(['a', 'b']);
  });

  it("once the frame's time is spent, runs the next scheduler in a task after the frame", async () => {
    const order: string[] = [];
    const a = frameScheduler(() => {
      order.push('a');
      clock += FRAME_BUDGET_MS + 1;
    });
    const b = frameScheduler(() => order.push('b'));
    a.schedule();
    b.schedule();
    frameAt(16);
    expect(order).toEqual(['a']);
    // Coalesced while it waits: scheduling again adds no second call.
    b.schedule();
    await tasks();
    expect(order).toEqual(['a', 'b']);
    frameAt(32);
    expect(order).toEqual(['a', 'b']);
    // A new frame starts with its whole time.
    a.schedule();
    b.schedule();
    clock += 100;
    frameAt(48);
    expect(order).toEqual(['a', 'b', 'a']);
  });

  it('a cancel also drops a call waiting for its task', async () => {
    let runs = 0;
    const a = frameScheduler(() => (clock += FRAME_BUDGET_MS));
    const b = frameScheduler(() => runs++);
    a.schedule();
    b.schedule();
    frameAt(16);
    b.cancel();
    await tasks();
    expect(runs).toBe(0);
    b.schedule();
    frameAt(32);
    expect(runs).toBe(1);
  });
});
