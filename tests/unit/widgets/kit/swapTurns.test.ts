// swapTurns: the page's figures put their first drawings on screen one per animation frame, in
// the order they asked; a cancelled turn is skipped; without frames (the server) a swap runs at once.
// taskAfterTurn: work in a task right after its turn's frame, in turn with the others, cancellable
// in either phase.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameScheduler } from '~/widgets/kit/frameScheduler';
import { swapTurn, taskAfterTurn } from '~/widgets/kit/swapTurns';

/** A fake requestAnimationFrame: `nextFrame()` runs the callbacks queued before it, with the frame's time. */
let queued: FrameRequestCallback[];
/** Frame times far from another file's (frameScheduler's), whose last frame the shared module remembers. */
let frameTime = 1e6;
function nextFrame(): void {
  const callbacks = queued;
  queued = [];
  frameTime += 16;
  for (const cb of callbacks) cb(frameTime);
}

/**
 * The page's clock, far ahead of any other file's: files share their worker's modules, and an
 * input another file noted (frameScheduler's) must be long past here.
 */
let clock = 1e9;

beforeEach(() => {
  queued = [];
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
});
afterEach(() => {
  // Every turn taken, so that the next test starts with no frame requested.
  while (queued.length > 0) nextFrame();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('swapTurn', () => {
  it('runs one swap per frame, first asked first', () => {
    const order: string[] = [];
    for (const name of ['contours', 'surface', 'loss']) swapTurn(() => order.push(name));
    expect(order).toEqual([]);
    nextFrame();
    expect(order).toEqual(['contours']);
    nextFrame();
    expect(order).toEqual(['contours', 'surface']);
    // A figure that asks now waits behind the one still queued.
    swapTurn(() => order.push('data'));
    nextFrame();
    nextFrame();
    expect(order).toEqual(['contours', 'surface', 'loss', 'data']);
    nextFrame();
    expect(queued).toEqual([]);
  });

  it('skips a cancelled turn, and gives its frame to the next figure', () => {
    const order: string[] = [];
    swapTurn(() => order.push('a'));
    const cancel = swapTurn(() => order.push('b'));
    swapTurn(() => order.push('c'));
    cancel();
    nextFrame();
    nextFrame();
    expect(order).toEqual(['a', 'c']);
  });

  it('asks for a new frame once the queue was empty', () => {
    const order: string[] = [];
    swapTurn(() => order.push('a'));
    nextFrame();
    expect(queued).toEqual([]);
    swapTurn(() => order.push('b'));
    expect(queued).toHaveLength(1);
    nextFrame();
    expect(order).toEqual(['a', 'b']);
  });

  it('runs at once where there are no frames', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    let ran = false;
    swapTurn(() => (ran = true));
    expect(ran).toBe(true);
  });

  it("waits for the next frame when the page's redraws ran first in this one, two frames at most", () => {
    const order: string[] = [];
    // An animation: each redraw asks for the next frame's, so it comes first in every frame.
    let frames = 3;
    const redraw = frameScheduler(() => {
      order.push('redraw');
      if (--frames > 0) redraw.schedule();
    });
    redraw.schedule();
    swapTurn(() => order.push('turn'));
    nextFrame();
    expect(order).toEqual(['redraw']);
    nextFrame();
    expect(order).toEqual(['redraw', 'redraw']);
    nextFrame();
    // The third frame in a row goes to the turn all the same.
    expect(order).toEqual(['redraw', 'redraw', 'redraw', 'turn']);
  });

  it('keeps its frame: a redraw asked for after the turn runs in a task after the frame', async () => {
    const order: string[] = [];
    swapTurn(() => order.push('turn'));
    const redraw = frameScheduler(() => order.push('redraw'));
    redraw.schedule();
    nextFrame();
    expect(order).toEqual(['turn']);
    await new Promise((r) => setTimeout(r, 5));
    expect(order).toEqual(['turn', 'redraw']);
  });
});

/** Until the tasks queued now have run (inNewTask's are MessageChannel messages). */
const tasks = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe('taskAfterTurn', () => {
  it("runs in a task after its turn's frame, not in the frame, in turn with the others", async () => {
    const order: string[] = [];
    swapTurn(() => order.push('figure'));
    taskAfterTurn(() => order.push('controls'));
    nextFrame();
    expect(order).toEqual(['figure']);
    await tasks();
    expect(order).toEqual(['figure']);
    nextFrame();
    expect(order).toEqual(['figure']);
    await tasks();
    expect(order).toEqual(['figure', 'controls']);
  });

  it('is cancelled before its turn and between its turn and its task', async () => {
    let ran = 0;
    taskAfterTurn(() => ran++)();
    nextFrame();
    await tasks();
    expect(ran).toBe(0);
    const cancel = taskAfterTurn(() => ran++);
    nextFrame();
    cancel();
    await tasks();
    expect(ran).toBe(0);
  });

  it('runs at once where there are no frames', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    let ran = false;
    taskAfterTurn(() => (ran = true));
    expect(ran).toBe(true);
  });
});
