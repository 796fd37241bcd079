/**
 * The worker side of the network-landscape task: trains in chunks of about 25 ms, reporting
 * progress (live loss curve and decision region) about every 200 ms (each report costs the page a contour and a redraw), then computes the
 * landscape. Trainings are cached by their setup, so pausing and resuming, or changing only the
 * landscape mode, continues where the last request left off instead of starting again.
 */
import {
  landscapeView,
  prepareTraining,
  trainingView,
  type PreparedTraining,
  type TaskInput,
  type TaskResult,
  type TrainingView,
} from './training-task';
import { nextTask } from '~/widgets/kit/nextTask';
import { setupKey } from './task-key';

/** What the worker protocol gives a computation (the kit's TaskControl). */
export interface ChunkControl<P> {
  report(progress: P): void;
  cancelled(): boolean;
}

export type ChunkedInput = TaskInput & {
  /** Discard a cached run of this setup and train from step 0 (the Train button after a finished run). */
  readonly attempt?: number;
  /**
   * A pause: runTo is the last step the page saw, and the run may be a few steps past it by now;
   * keep it there rather than start again. (Otherwise a cached run beyond runTo restarts, so a
   * shared link always shows exactly step runTo.)
   */
  readonly pausing?: boolean;
};

const cache = new Map<string, PreparedTraining>();
const CACHED = 4;

function cached(input: ChunkedInput): PreparedTraining {
  const key = `${setupKey(input.setup)}#${input.attempt ?? 0}`;
  let p = cache.get(key);
  if (!p || (p.training.step > input.runTo && input.pausing !== true)) {
    p = prepareTraining(input.setup);
    cache.set(key, p);
    while (cache.size > CACHED) cache.delete(cache.keys().next().value!);
  }
  return p;
}

export async function trainInChunks(
  input: ChunkedInput | null,
  control: ChunkControl<TrainingView>,
): Promise<TaskResult | null> {
  if (input === null) return null; // the comparison is off
  const p = cached(input);
  let lastReport = 0;
  let chunk = 10;
  while (p.training.status === 'running' && p.training.step < input.runTo) {
    const t0 = performance.now();
    p.training.advance(Math.min(chunk, input.runTo - p.training.step));
    const spent = performance.now() - t0;
    // aim for ~25 ms per chunk, so a newer request is noticed quickly
    chunk = Math.max(1, Math.min(500, Math.round((chunk * 25) / Math.max(spent, 1))));
    if (performance.now() - lastReport > 200) {
      control.report(trainingView(p, input.decisionResolution));
      lastReport = performance.now();
    }
    await nextTask();
    if (control.cancelled()) return { training: trainingView(p, input.decisionResolution) };
  }
  control.report(trainingView(p, input.decisionResolution));
  await nextTask();
  if (control.cancelled()) return { training: trainingView(p, input.decisionResolution) };
  return { training: trainingView(p, input.decisionResolution), landscape: landscapeView(p, input) };
}
