/**
 * Hands the thread back between pieces of long work, so that no task is long: on the page (the
 * first drawing of a figure, hydration after its modules are evaluated) input and painting run
 * in between — Lighthouse's Total Blocking Time counts each task's time over 50 ms, and a phone
 * at 4× CPU turns 12 ms of work into 50 — and in a worker a newer request is noticed.
 */

/**
 * Runs `run` in a task of its own, queued behind what the browser has already queued (a
 * MessageChannel message: a task like setTimeout(0), without its 4 ms wait once nested; pages,
 * workers and Node during the build all have MessageChannel). Returns the cancel.
 */
export function inNewTask(run: () => void): () => void {
  let live = true;
  const go = (): void => {
    if (live) run();
  };
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
 * Resolves in a new task, queued behind what is already queued: `await nextTask()` ends the task
 * that runs the code before it, and lets waiting input, rendering and messages (a worker's newer
 * request) run first. Not `scheduler.yield`: its continuation goes ahead of queued messages.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => inNewTask(resolve));
}
