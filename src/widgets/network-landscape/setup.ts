/** From the widget's state to the worker task's input (pure). */
import type { TaskInput, TrainingSetup } from './training-task';
import type { State } from './state';

/** Landscape grid side: 41 × 41 on the page (the benchmark's 51 × 51 is the upper bound). */
export const LANDSCAPE_SIDE = 41;
export const DECISION_SIDE = 35;

/** The presets of the hidden-layer menu; [4, 4] is the chapter's two hidden layers of 4. */
export const WIDTH_PRESETS: readonly (readonly number[])[] = [[2], [4], [4, 4], [8, 8], [16, 16], [32, 32]];

export function trainingSetup(s: State, hidden: readonly number[] = s.hidden): TrainingSetup {
  return {
    dataset: s.data,
    n: 200,
    noise: s.noise,
    dataSeed: s.seed,
    hidden: hidden.length > 0 ? hidden : [4],
    activation: s.act,
    optimizer: s.opt,
    learningRate: s.eta,
    steps: s.steps,
    initSeed: s.init,
  };
}

/** The step training runs to: `at` when paused before the end, else all steps. */
export function runTo(s: State): number {
  return Math.min(s.at, s.steps);
}

export function taskInput(s: State, hidden?: readonly number[]): TaskInput {
  return {
    setup: trainingSetup(s, hidden),
    runTo: runTo(s),
    mode: s.view,
    directionSeed: s.dir,
    resolution: LANDSCAPE_SIDE,
    decisionResolution: DECISION_SIDE,
  };
}
