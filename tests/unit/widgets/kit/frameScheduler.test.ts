// frameScheduler: calls coalesced into one per animation frame; the page's schedulers share a
// frame's time, and once it is spent a call waits for a task of its own after the frame, unless
// the frame answers input.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  FRAME_BUDGET_MS,
  frameForTurn,
  frameScheduler,
  inputArrived,
  type FrameScheduler,
} from '~/widgets/kit/frameScheduler';

/** A fake requestAnimationFrame: `nextFrame()` runs every queued callback with the next frame's time. */
let queued: Map<number, FrameRequestCallback>;
let nextId: number;
/** The page's clock: only moves forward, so an input noted in one test is long past in the next. */
let clock = 0;
let frameTime = 0;
function nextFrame(): void {
  const time = (frameTime += 16);
  const callbacks = [...queued.values()];
  queued.clear();
  for (const cb of callbacks) cb(time);
}
const tasks = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

beforeEach(() => {
  queued = new Map();
  nextId = 1;
  clock += 10_000;
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

/** Two schedulers, `a` then `b`, each noting its runs in `order`; a run of `a` takes `costOfA` ms. */
function twoSchedulers(costOfA: number): { order: string[]; a: FrameScheduler; b: FrameScheduler } {
  const order: string[] = [];
  const a = frameScheduler(() => {
    order.push('a');
    clock += costOfA;
  });
  const b = frameScheduler(() => order.push('b'));
  return { order, a, b };
}

describe('frameScheduler', () => {
  it('runs once per frame however often it is scheduled, and not after cancel', () => {
    let runs = 0;
    const s = frameScheduler(() => runs++);
    s.schedule();
    s.schedule();
    s.schedule();
    nextFrame();
    expect(runs).toBe(1);
    s.schedule();
    s.cancel();
    nextFrame();
    expect(runs).toBe(1);
  });

  it('runs every scheduler in the frame while the frame has time left', () => {
    const { order, a, b } = twoSchedulers(FRAME_BUDGET_MS / 3);
    a.schedule();
    b.schedule();
    nextFrame();
    expect(order).toEqual(['a', 'b']);
  });

  it("once the frame's time is spent, runs the next scheduler in a task after the frame", async () => {
    const { order, a, b } = twoSchedulers(FRAME_BUDGET_MS + 1);
    a.schedule();
    b.schedule();
    nextFrame();
    expect(order).toEqual(['a']);
    // Coalesced while it waits: scheduling again adds no second call.
    b.schedule();
    await tasks();
    expect(order).toEqual(['a', 'b']);
    nextFrame();
    expect(order).toEqual(['a', 'b']);
    // A new frame starts with its whole time.
    a.schedule();
    b.schedule();
    clock += 100;
    nextFrame();
    expect(order).toEqual(['a', 'b', 'a']);
  });

  it('a cancel also drops a call waiting for its task', async () => {
    let runs = 0;
    const a = frameScheduler(() => (clock += FRAME_BUDGET_MS));
    const b = frameScheduler(() => runs++);
    a.schedule();
    b.schedule();
    nextFrame();
    b.cancel();
    await tasks();
    expect(runs).toBe(0);
    b.schedule();
    nextFrame();
    expect(runs).toBe(1);
  });

  it("a frame given to a figure's turn runs the calls that answer no input in a task after it", async () => {
    const { order, a, b } = twoSchedulers(0);
    expect(frameForTurn(frameTime + 16)).toBe(true);
    a.schedule();
    b.schedule();
    nextFrame();
    expect(order).toEqual([]);
    await tasks();
    expect(order).toEqual(['a', 'b']);
  });

  it('gives a turn no frame in which calls that answer no input have run', () => {
    const { order, a } = twoSchedulers(1);
    a.schedule();
    nextFrame();
    expect(order).toEqual(['a']);
    expect(frameForTurn(frameTime)).toBe(false);
    expect(frameForTurn(frameTime + 16)).toBe(true);
    nextFrame(); // that frame, given to the turn, passes
  });

  it('a frame that answers input draws every scheduler in it, however long they take', () => {
    const { order, a, b } = twoSchedulers(FRAME_BUDGET_MS * 3);
    clock += 1000;
    inputArrived();
    clock += 10;
    a.schedule();
    b.schedule();
    nextFrame();
    expect(order).toEqual(['a', 'b']);
  });
});
