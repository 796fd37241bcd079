// swapTurns: the page's figures put their first drawings on screen one per animation frame, in
// the order they asked; a cancelled turn is skipped; without frames (the server) a swap runs at once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { swapTurn } from '~/widgets/kit/swapTurns';

/** A fake requestAnimationFrame: `nextFrame()` runs the callbacks queued before it. */
let queued: FrameRequestCallback[];
function nextFrame(): void {
  const callbacks = queued;
  queued = [];
  for (const cb of callbacks) cb(0);
}

beforeEach(() => {
  queued = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queued.push(cb));
});
afterEach(() => {
  // Every turn taken, so that the next test starts with no frame requested.
  while (queued.length > 0) nextFrame();
  vi.unstubAllGlobals();
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
});
