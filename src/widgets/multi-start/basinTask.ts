/**
 * The basin map as a task for the widget's worker: the core's basinChunk over chunks of rows,
 * reporting progress between chunks and stopping early when a newer request has arrived.
 * The same function runs synchronously at build time for the static figure.
 *
 * The rules are chapter 8's listing: at most `steps` iterations; a run has converged when
 * ‖∇f‖ < 10⁻⁶ and is labelled with the known minimum (or saddle, or maximum) within 10⁻³ of
 * where it rests; it diverges when it leaves |x|, |y| < 10⁶; otherwise it has stalled.
 */
import {
  basinChunk,
  basinRowChunks,
  BASIN_DIVERGED,
  BASIN_STALLED,
  BASIN_SADDLE,
  BASIN_MAXIMUM,
  BASIN_ELSEWHERE,
  type BasinOptions,
} from '~/core/basins';
import { configure, type AnyConfiguredOptimizer } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { momentum } from '~/core/optim/momentum';
import { nesterov } from '~/core/optim/nesterov';
import { adagrad } from '~/core/optim/adagrad';
import { rmsprop } from '~/core/optim/rmsprop';
import { adam } from '~/core/optim/adam';
import { nextTask } from '~/widgets/kit/nextTask';
import { SURFACES } from './surfaces';
import type { BasinOptimizerId, BasinSurfaceId } from './state';

export { BASIN_DIVERGED, BASIN_STALLED, BASIN_SADDLE, BASIN_MAXIMUM, BASIN_ELSEWHERE };

export interface BasinInput {
  readonly surface: BasinSurfaceId;
  readonly opt: BasinOptimizerId;
  readonly eta: number;
  readonly mu: number;
  readonly n: number;
  readonly steps: number;
}

/** How many starts ended where. */
export interface BasinCounts {
  readonly perMinimum: number[];
  readonly saddle: number;
  readonly maximum: number;
  readonly elsewhere: number;
  readonly diverged: number;
  readonly stalled: number;
}

export interface BasinResult {
  readonly input: BasinInput;
  /** Row-major n × n: minimum index ≥ 0, or one of the core's BASIN_… labels. */
  readonly labels: Int16Array;
  readonly counts: BasinCounts;
}

export interface BasinProgress {
  readonly rows: number;
  readonly of: number;
}

/** What the task may use besides its input (the kit's TaskControl has this shape). */
export interface Control {
  report(progress: BasinProgress): void;
  cancelled(): boolean;
}

/** The configured core optimiser for the widget's choice (CoreError for bad hyper-parameters). */
export function configuredOptimizer(input: Pick<BasinInput, 'opt' | 'eta' | 'mu'>): AnyConfiguredOptimizer {
  const eta = input.eta;
  switch (input.opt) {
    case 'gradient-descent':
      return configure(gradientDescent, { learningRate: eta });
    case 'momentum':
      return configure(momentum, { learningRate: eta, momentum: input.mu });
    case 'nesterov':
      return configure(nesterov, { learningRate: eta, momentum: input.mu });
    case 'adagrad':
      return configure(adagrad, { learningRate: eta });
    case 'rmsprop':
      return configure(rmsprop, { learningRate: eta });
    case 'adam':
      return configure(adam, { learningRate: eta });
  }
}

/** Rows per chunk: small enough that a chunk is a few milliseconds, so cancellation is prompt. */
const CHUNK_ROWS = 4;

function optionsOf(input: BasinInput): BasinOptions {
  const w = SURFACES[input.surface].window;
  return {
    grid: { x: w.x, y: w.y, nx: input.n, ny: input.n },
    maxIterations: input.steps,
    gradTolerance: 1e-6,
    stepTolerance: 0,
    pointTolerance: 1e-3,
    settleIterations: 0,
    escapeBox: { x: [-1e6, 1e6], y: [-1e6, 1e6] },
  };
}

export function countBasins(labels: ArrayLike<number>, minima: number): BasinCounts {
  const perMinimum = new Array<number>(minima).fill(0);
  const c = { saddle: 0, maximum: 0, elsewhere: 0, diverged: 0, stalled: 0 };
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l >= 0) perMinimum[l] = perMinimum[l]! + 1;
    else if (l === BASIN_DIVERGED) c.diverged++;
    else if (l === BASIN_SADDLE) c.saddle++;
    else if (l === BASIN_MAXIMUM) c.maximum++;
    else if (l === BASIN_ELSEWHERE) c.elsewhere++;
    else c.stalled++;
  }
  return { perMinimum, ...c };
}

/** All rows at once (build time, and tests). */
export function computeBasinsNow(input: BasinInput): BasinResult {
  const surface = SURFACES[input.surface];
  const r = basinChunk(surface, configuredOptimizer(input), optionsOf(input));
  return { input, labels: r.labels, counts: countBasins(r.labels, surface.minima.length) };
}

/** In chunks of rows, yielding between them (in the worker). */
export async function computeBasins(input: BasinInput, control: Control): Promise<BasinResult> {
  const surface = SURFACES[input.surface];
  const optimizer = configuredOptimizer(input);
  const options = optionsOf(input);
  const n = input.n;
  const labels = new Int16Array(n * n);
  for (const rows of basinRowChunks(n, CHUNK_ROWS)) {
    if (control.cancelled()) break;
    const part = basinChunk(surface, optimizer, { ...options, rows });
    labels.set(part.labels, rows[0] * n);
    control.report({ rows: rows[1], of: n });
    // let a newer request in: the message handler runs between chunks
    await nextTask();
  }
  return { input, labels, counts: countBasins(labels, surface.minima.length) };
}
