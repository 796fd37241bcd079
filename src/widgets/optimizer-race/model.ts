/**
 * The numbers behind the optimizer race, all from src/core: each enabled optimiser's path
 * from one start on one catalogue surface, its loss per iteration, and the first iteration
 * at which f − f_min falls below the tolerance. Pure: no DOM, no Plot.
 */
import { CoreError } from '~/core/errors';
import { configure, type AnyConfiguredOptimizer, type OptimizerId } from '~/core/optim/optimizer';
import { gradientDescent } from '~/core/optim/gradient-descent';
import { momentum } from '~/core/optim/momentum';
import { nesterov } from '~/core/optim/nesterov';
import { adagrad } from '~/core/optim/adagrad';
import { rmsprop } from '~/core/optim/rmsprop';
import { adam } from '~/core/optim/adam';
import { descentPathInSteps } from '~/core/optim/descent-path';
import type { InSteps } from '~/core/steps/in-steps';
import { SURFACES } from './surfaces';
import type { CatalogueSurface, SurfaceWindow } from '~/core/surfaces/entry';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';
import type { State } from './state';

export type RacerKey = 'gd' | 'mom' | 'nag' | 'adagrad' | 'rms' | 'adam';
export const RACER_KEYS: readonly RacerKey[] = ['gd', 'mom', 'nag', 'adagrad', 'rms', 'adam'];

export const RACER_NAMES: Record<RacerKey, string> = {
  gd: 'Gradient descent',
  mom: 'Momentum',
  nag: 'Nesterov',
  adagrad: 'AdaGrad',
  rms: 'RMSProp',
  adam: 'Adam',
};

/** How a racer's run ended, measured against the tolerance on f − f_min. */
export type Outcome = 'reached' | 'diverged' | 'stalled';

export interface Racer {
  readonly key: RacerKey;
  readonly id: OptimizerId;
  readonly name: string;
  /** The hyper-parameters in words, e.g. "η = 0.001, μ = 0.9". */
  readonly params: string;
  /** Path coordinates p_0 … p_last (finite: the core never records anything else). */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** f(p_k) − f_min for every recorded k (≥ 0 up to rounding). */
  readonly gaps: Float64Array;
  readonly outcome: Outcome;
  /** The first k with f(p_k) − f_min < tolerance, or null. */
  readonly stepsToTolerance: number | null;
  /** The index of the catalogue minimum nearest the last point, when within 0.01 of it. */
  readonly endsAtMinimum: number | null;
  readonly stoppedBecause: string;
  /** When the optimiser refused its hyper-parameters (CoreError): the message; the racer has no path. */
  readonly problem: string | null;
}

export interface Model {
  readonly surface: CatalogueSurface;
  readonly window: SurfaceWindow;
  readonly start: readonly [number, number];
  /** The lowest known minimum value of the surface: the finish line is f − fMin < tolerance. */
  readonly fMin: number;
  readonly tolerance: number;
  readonly budget: number;
  readonly racers: readonly Racer[];
  /** The largest number of steps any racer recorded. */
  readonly longest: number;
  /** The iteration the scrubber shows, 0 … longest. */
  readonly at: number;
}

function optimizerFor(key: RacerKey, s: State): { opt: AnyConfiguredOptimizer; params: string } {
  switch (key) {
    case 'gd':
      return { opt: configure(gradientDescent, { learningRate: s.gdEta }), params: `η = ${s.gdEta}` };
    case 'mom':
      return {
        opt: configure(momentum, { learningRate: s.momEta, momentum: s.momMu }),
        params: `η = ${s.momEta}, μ = ${s.momMu}`,
      };
    case 'nag':
      return {
        opt: configure(nesterov, { learningRate: s.nagEta, momentum: s.nagMu }),
        params: `η = ${s.nagEta}, μ = ${s.nagMu}`,
      };
    case 'adagrad':
      return { opt: configure(adagrad, { learningRate: s.adagradEta }), params: `η = ${s.adagradEta}` };
    case 'rms':
      return {
        opt: configure(rmsprop, { learningRate: s.rmsEta, decay: s.rmsDecay }),
        params: `η = ${s.rmsEta}, decay ${s.rmsDecay}`,
      };
    case 'adam':
      return {
        opt: configure(adam, { learningRate: s.adamEta, beta1: s.adamB1, beta2: s.adamB2 }),
        params: `η = ${s.adamEta}, β₁ = ${s.adamB1}, β₂ = ${s.adamB2}`,
      };
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function nearestMinimum(surface: CatalogueSurface, x: number, y: number): number | null {
  let best: number | null = null;
  let bestD = 0.01;
  surface.criticalPoints.minima.forEach((m, i) => {
    const d = Math.hypot(m.x - x, m.y - y);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

function* raceInSteps(
  key: RacerKey,
  s: State,
  surface: CatalogueSurface,
  start: readonly [number, number],
  fMin: number,
  tolerance: number,
): InSteps<Racer> {
  const name = RACER_NAMES[key];
  let built: { opt: AnyConfiguredOptimizer; params: string };
  try {
    built = optimizerFor(key, s);
  } catch (e) {
    if (!(e instanceof CoreError)) throw e;
    const none = new Float64Array(0);
    return {
      key,
      id: 'gradient-descent',
      name,
      params: '',
      xs: none,
      ys: none,
      gaps: none,
      outcome: 'stalled',
      stepsToTolerance: null,
      endsAtMinimum: null,
      stoppedBecause: e.message,
      problem: e.message,
    };
  }
  const run = yield* descentPathInSteps(surface, built.opt, start, { maxSteps: s.steps });
  const n = run.points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const gaps = new Float64Array(n);
  let reached: number | null = null;
  for (let k = 0; k < n; k++) {
    xs[k] = run.points[k]![0]!;
    ys[k] = run.points[k]![1]!;
    gaps[k] = Math.max(0, run.losses[k]! - fMin);
    if (reached === null && gaps[k]! < tolerance) reached = k;
  }
  const outcome: Outcome = reached !== null ? 'reached' : run.status === 'diverged' ? 'diverged' : 'stalled';
  return {
    key,
    id: built.opt.id,
    name,
    params: built.params,
    xs,
    ys,
    gaps,
    outcome,
    stepsToTolerance: reached,
    endsAtMinimum: nearestMinimum(surface, xs[n - 1]!, ys[n - 1]!),
    stoppedBecause: run.stoppedBecause,
    problem: null,
  };
}

/** The state fields each racer's run depends on besides surface, start, budget and tolerance. */
const RACER_FIELDS: Record<RacerKey, ReadonlyArray<keyof State>> = {
  gd: ['gdEta'],
  mom: ['momEta', 'momMu'],
  nag: ['nagEta', 'nagMu'],
  adagrad: ['adagradEta'],
  rms: ['rmsEta', 'rmsDecay'],
  adam: ['adamEta', 'adamB1', 'adamB2'],
};

/** Where the race begins: the start, brought to the window's edge when outside (the map shows it). */
function startOf(s: State, surface: CatalogueSurface): [number, number] {
  const { x, y } = surface.window;
  return [clamp(s.x, x[0], x[1]), clamp(s.y, y[0], y[1])];
}

/** The lowest value of the surface: the gap a racer closes is measured down to it. */
function lowestOf(surface: CatalogueSurface): number {
  return Math.min(...surface.criticalPoints.minima.map((m) => m.f));
}

/**
 * Racer `key`'s run in state `s`. Runs are cached per racer: scrubbing recomputes nothing,
 * changing one racer's hyper-parameters reruns only that racer, and the page can compute the
 * racers of the first state a few hundred steps per piece before hydrating
 * (`racerRun.inSteps(key, s)`, prepareModel).
 */
export const racerRun = cachedInSteps(
  (key: RacerKey, s: State): string => {
    const start = startOf(s, SURFACES[s.surface]);
    return `${key}|${RACER_FIELDS[key].map((f) => s[f]).join(',')}|${s.surface}|${start.join(',')}|${s.steps}|${s.tol}`;
  },
  (key: RacerKey, s: State): InSteps<Racer> => {
    const surface = SURFACES[s.surface];
    return raceInSteps(key, s, surface, startOf(s, surface), lowestOf(surface), 10 ** s.tol);
  },
  { size: 24 },
);

export function model(s: State): Model {
  const surface = SURFACES[s.surface];
  const racers = RACER_KEYS.filter((k) => s[k]).map((k) => racerRun(k, s));
  const longest = Math.max(0, ...racers.map((r) => r.xs.length - 1));
  return {
    surface,
    window: surface.window,
    start: startOf(s, surface),
    fMin: lowestOf(surface),
    tolerance: 10 ** s.tol,
    budget: s.steps,
    racers,
    longest,
    at: clamp(Math.round(s.at), 0, longest),
  };
}

/** Where a racer is at iteration k: its last point if it stopped earlier (diverged). */
export function positionAt(r: Racer, k: number): { x: number; y: number; gap: number; k: number } | null {
  if (r.xs.length === 0) return null;
  const i = Math.min(k, r.xs.length - 1);
  return { x: r.xs[i]!, y: r.ys[i]!, gap: r.gaps[i]!, k: i };
}
