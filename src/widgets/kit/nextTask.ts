/**
 * Hands the main thread back to the browser between pieces of long work (the first drawing of a
 * figure, hydration after its modules are evaluated), so that input and painting can run in
 * between and no task is long: Lighthouse's Total Blocking Time counts each task's time over
 * 50 ms, and a phone at 4× CPU turns 12 ms of work into 50.
 */

/** The browser's `scheduler.yield` (Chrome 129+), where there is one. */
type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * Runs `run` in a task of its own, queued behind what the browser has already queued (a
 * MessageChannel message: a task like setTimeout(0), without its 4 ms wait once nested).
 * Returns the cancel. Where MessageChannel is missing (the server), falls back to setTimeout.
 */
export function inNewTask(run: () => void): () => void {
  let live = true;
  const go = (): void => {
    if (live) run();
  };
  if (typeof MessageChannel !== 'function') {
    const t = setTimeout(go, 0);
    return () => clearTimeout(t);
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    go();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/**
 * Resolves in a new task: `await nextTask()` ends the task that runs the code before it.
 * `scheduler.yield` where there is one (the rest then runs before tasks queued meanwhile), else
 * `inNewTask`. Resolves at once during the build (nothing to hand back).
 */
export function nextTask(): Promise<void> {
  if (import.meta.env.SSR) return Promise.resolve();
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => inNewTask(resolve));
}
