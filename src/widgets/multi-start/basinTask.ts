/**
 * The basin map as a task for the widget's worker: the core's basinRows over chunks of rows,
 * reporting progress between chunks and stopping early when a newer request has arrived.
 * The same function runs synchronously at build time for the static figure.
 */
import { basinRows, countBasins, type BasinCounts, type BasinOptimizer } from '~/core/optim/basin-map';
import { SURFACES } from '~/core/surfaces/catalogue';
import type { BasinOptimizerId, BasinSurfaceId } from './state';

export interface BasinInput {
  readonly surface: BasinSurfaceId;
  readonly opt: BasinOptimizerId;
  readonly eta: number;
  readonly mu: number;
  readonly n: number;
  readonly steps: number;
}

export interface BasinResult {
  readonly input: BasinInput;
  /** Row-major n × n: minimum index, DIVERGED (−1) or STALLED (−2). */
  readonly labels: Int16Array;
  readonly steps: Int32Array;
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

export function basinOptimizer(input: Pick<BasinInput, 'opt' | 'eta' | 'mu'>): BasinOptimizer {
  return input.opt === 'momentum' || input.opt === 'nesterov'
    ? { id: input.opt, learningRate: input.eta, momentum: input.mu }
    : { id: input.opt, learningRate: input.eta };
}

/** Rows per chunk: small enough that a chunk is a few milliseconds, so cancellation is prompt. */
const CHUNK_ROWS = 4;

function specOf(input: BasinInput) {
  const surface = SURFACES[input.surface];
  return {
    objective: surface,
    minima: surface.minima,
    window: surface.window,
    n: input.n,
    optimizer: basinOptimizer(input),
    maxSteps: input.steps,
  };
}

/** All rows at once (build time, and tests). */
export function computeBasinsNow(input: BasinInput): BasinResult {
  const spec = specOf(input);
  const r = basinRows(spec, 0, input.n);
  return { input, labels: r.labels, steps: r.steps, counts: countBasins(r.labels, spec.minima.length) };
}

/** In chunks of rows, yielding between them (in the worker). */
export async function computeBasins(input: BasinInput, control: Control): Promise<BasinResult> {
  const spec = specOf(input);
  const n = input.n;
  const labels = new Int16Array(n * n);
  const steps = new Int32Array(n * n);
  for (let r0 = 0; r0 < n; r0 += CHUNK_ROWS) {
    if (control.cancelled()) break;
    const r1 = Math.min(n, r0 + CHUNK_ROWS);
    const part = basinRows(spec, r0, r1);
    labels.set(part.labels, r0 * n);
    steps.set(part.steps, r0 * n);
    control.report({ rows: r1, of: n });
    // let a newer request in: the message handler runs between chunks
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return { input, labels, steps, counts: countBasins(labels, spec.minima.length) };
}
