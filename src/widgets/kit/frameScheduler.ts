import { inNewTask } from './nextTask';

/**
 * Coalesces redraw requests into one call per animation frame: ten inputs in
 * one frame cost one draw. A no-op on the server.
 *
 * Every scheduler of the page shares one frame: once the frame's calls so far have taken
 * FRAME_BUDGET_MS, the next scheduler's call runs in a task of its own right after the frame
 * instead of in it. A widget whose several figures all redraw in one frame (a training run
 * that moves the loss curve and the landscape) made one task of their sum: 106 ms at 4× CPU
 * for two of them (docs/benchmarks.md, Hydration, session 25). On a fast machine the frame's
 * figures still all draw in it.
 */
export interface FrameScheduler {
  schedule(): void;
  cancel(): void;
}

/** How long (ms, the page's clock) a frame's scheduled calls may run before the next one waits for a task. */
export const FRAME_BUDGET_MS = 12;

/** The frame being run (its requestAnimationFrame time) and when its first scheduled call started. */
const frame = { time: Number.NaN, started: 0 };

export function frameScheduler(run: () => void): FrameScheduler {
  let id: number | null = null;
  let cancelTask: (() => void) | null = null;
  const runAfterFrame = (): void => {
    cancelTask = inNewTask(() => {
      cancelTask = null;
      run();
    });
  };
  return {
    schedule() {
      if (id !== null || cancelTask !== null || typeof requestAnimationFrame !== 'function') return;
      id = requestAnimationFrame((time) => {
        id = null;
        const now = performance.now();
        if (time !== frame.time) {
          frame.time = time;
          frame.started = now;
        } else if (now - frame.started >= FRAME_BUDGET_MS) {
          runAfterFrame();
          return;
        }
        run();
      });
    },
    cancel() {
      if (id !== null) cancelAnimationFrame(id);
      id = null;
      cancelTask?.();
      cancelTask = null;
    },
  };
}
