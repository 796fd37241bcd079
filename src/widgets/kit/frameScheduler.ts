import { inNewTask } from './nextTask';

/**
 * Coalesces redraw requests into one call per animation frame: ten inputs in
 * one frame cost one draw. A no-op on the server.
 *
 * Every scheduler of the page shares one frame: in a frame that answers no input (a widget
 * hydrating, a training run moving its figures), once the frame's calls have taken
 * FRAME_BUDGET_MS, the next scheduler's call runs in a task of its own right after the frame
 * instead of in it. network-landscape's loss curve and landscape, redrawn together as its
 * training progressed, made one task of their sum: 106 ms at 4× CPU (docs/benchmarks.md,
 * Hydration, session 25). A frame that answers a key, a pointer or a typed value still draws
 * every figure the input changed: split, the reader would see the answer a frame later. On a
 * fast machine a frame's figures all draw in it either way.
 */
export interface FrameScheduler {
  schedule(): void;
  cancel(): void;
}

/**
 * How long (ms, the page's clock) a frame's scheduled calls may run before the next one waits for a
 * task of its own (not in a frame that answers input).
 */
export const FRAME_BUDGET_MS = 12;

/** A frame that starts within this many ms of an input event answers it. */
const ANSWER_WINDOW_MS = 100;

/**
 * The frame being run (its requestAnimationFrame time), when its first scheduled call started,
 * and whether it answers input.
 */
const frame = { time: Number.NaN, started: 0, answersInput: false };

/** When the last input event came (the page's clock). */
let lastInput = Number.NEGATIVE_INFINITY;

/** Notes an input event: the page's keys, pointers and typed values call it. */
export function inputArrived(): void {
  lastInput = performance.now();
}
if (typeof addEventListener === 'function') {
  for (const type of ['keydown', 'pointerdown', 'pointermove', 'input', 'change', 'wheel'])
    addEventListener(type, inputArrived, { capture: true, passive: true });
}

/**
 * Gives the animation frame at `time` to a figure's first-drawing turn (swapTurns.ts), unless
 * scheduled calls that answer no input have already run in it: then false, and the turn waits
 * for the next frame. Once given, the frame's scheduled calls that answer no input run in a task
 * after it. A turn of 9 ms and redraws of 25 ms made one frame of 61 ms at 4× CPU
 * (step-size-spectrum; docs/benchmarks.md, Hydration, session 29).
 */
export function frameForTurn(time: number): boolean {
  if (time === frame.time && !frame.answersInput) return false;
  frame.time = time;
  frame.started = Number.NEGATIVE_INFINITY;
  frame.answersInput = performance.now() - lastInput < ANSWER_WINDOW_MS;
  return true;
}

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
          frame.answersInput = now - lastInput < ANSWER_WINDOW_MS;
        } else if (!frame.answersInput && now - frame.started >= FRAME_BUDGET_MS) {
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
