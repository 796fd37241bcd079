/**
 * What the four linked views share: the run up to the scrubbed iteration.
 * Pure; turns state + model into the numbers the panels draw.
 */
import { getProblem, getRun, getSurface, windowFor, type Problem, type Run, type Surface } from './model';
import type { State } from './state';

export interface Frame {
  readonly problem: Problem;
  readonly run: Run;
  readonly surface: Surface;
  /** The iteration shown, 0 … run.length − 1. */
  readonly k: number;
  readonly b0: number;
  readonly b1: number;
  readonly loss: number;
  /** Identity of the run (changes when start, η or steps change). */
  readonly runKey: string;
}

export function frameFor(s: State): Frame {
  const problem = getProblem();
  const run = getRun(s);
  const surface = getSurface(windowFor(s));
  const k = Math.max(0, Math.min(run.length - 1, Math.round(s.it)));
  return {
    problem,
    run,
    surface,
    k,
    b0: run.b0[k]!,
    b1: run.b1[k]!,
    loss: run.loss[k]!,
    runKey: `${s.b0}|${s.b1}|${s.eta}|${s.steps}`,
  };
}
