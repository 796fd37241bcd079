/**
 * The keys of a training setup and of a whole task: light enough for the page to import (the
 * training code itself is only in the worker and the build).
 */
import type { TaskInput, TrainingSetup } from './training-task';

/** The key of everything that decides the trained parameters. */
export function setupKey(s: TrainingSetup): string {
  return [
    s.dataset,
    s.n,
    s.noise,
    s.dataSeed,
    s.hidden.join('x'),
    s.activation,
    s.optimizer,
    s.learningRate,
    s.steps,
    s.initSeed,
  ].join('|');
}

/** The key of everything that decides a task's result (the worker task's key, less the page's own parts). */
export function inputKey(input: TaskInput): string {
  return `${setupKey(input.setup)}|${input.runTo}|${input.mode}|${input.directionSeed}`;
}
