import { CoreError } from '~/core/errors';
import { formulaSurface, type CompiledFormula } from '~/core/expr';
import { sig } from '~/widgets/kit/format';
import type { Window2D } from '~/core/geometry/window';
import { clipPath, type ClippedPath } from '~/core/geometry/clip-path';
import type { Surface2D } from '~/core/loss/objective';
import {
  adagrad,
  adam,
  backtracking,
  configure,
  descentPath,
  gradientDescent,
  momentum,
  nesterov,
  rmsprop,
  type AnyConfiguredOptimizer,
  type DescentStatus,
  type OptimizerId,
  type OptimizerState,
} from '~/core/optim';

/** One descent the student asked for: an optimiser, its hyper-parameters, a start. */
export interface RunSpec {
  readonly optimizer: OptimizerId;
  /** η */
  readonly learningRate: number;
  /** μ for momentum and Nesterov; β₁ for Adam. */
  readonly momentum: number;
  /** ρ, the decay of RMSProp's running average; β₂ for Adam. */
  readonly decay: number;
  readonly start: readonly [number, number];
  readonly maxSteps: number;
}

export interface Run {
  readonly spec: RunSpec;
  readonly points: Float64Array[];
  readonly losses: ArrayLike<number>;
  readonly status: DescentStatus | 'not-defined';
  /** A short label for the end of the path ("converged in 212 steps", "stopped: f is not defined here"). */
  readonly label: string;
  readonly clipped: ClippedPath | null;
}

/** The surface the paths descend: a typed formula over the window. */
export function typedSurface(formula: CompiledFormula, window: Window2D): Surface2D {
  return formulaSurface(formula, { id: 'playground', name: 'your function', tex: '', domain: window, minima: [] });
}

/** The core's optimisers (the six of chapter 8 and the Armijo line search) with the hyper-parameters a RunSpec carries. */
export function configuredOptimizer(spec: RunSpec): AnyConfiguredOptimizer {
  const eta = spec.learningRate;
  switch (spec.optimizer) {
    case 'gradient-descent':
      return configure(gradientDescent, { learningRate: eta });
    case 'momentum':
      return configure(momentum, { learningRate: eta, momentum: spec.momentum });
    case 'nesterov':
      return configure(nesterov, { learningRate: eta, momentum: spec.momentum });
    case 'adagrad':
      return configure(adagrad, { learningRate: eta });
    case 'rmsprop':
      return configure(rmsprop, { learningRate: eta, decay: spec.decay });
    case 'adam':
      return configure(adam, { learningRate: eta, beta1: spec.momentum, beta2: spec.decay });
    // Armijo line search: η is the first step tried at each iteration.
    case 'backtracking':
      return configure(backtracking, { initialStep: eta });
  }
}

const stepsText = (k: number): string => `${k} step${k === 1 ? '' : 's'}`;
const fmt = (v: number): string => sig(v, 4);

/** The point one more step would reach from `state`, when it is finite but f or ∇f there is not; else null. */
function nextPoint(surface: Surface2D, spec: RunSpec, state: OptimizerState<unknown>): [number, number] | null {
  let p: Float64Array;
  try {
    p = configuredOptimizer(spec).step(state, surface).point;
  } catch {
    return null;
  }
  const [x, y] = [p[0]!, p[1]!];
  if (!Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 1e12 || Math.abs(y) > 1e12) return null;
  const g = surface.gradient(p);
  return Number.isFinite(surface.f(x, y)) && Number.isFinite(g[0]!) && Number.isFinite(g[1]!) ? null : [x, y];
}

/**
 * Runs one descent on a typed surface. Never throws for what a student can type: a start where
 * f or ∇f is not finite, or a step onto such a point, ends the run with a label saying so.
 */
export function descentRun(surface: Surface2D, spec: RunSpec, window: Window2D): Run {
  const [x0, y0] = spec.start;
  const atStart = { spec, points: [Float64Array.of(x0, y0)], losses: [], clipped: null };
  let path;
  try {
    path = descentPath(surface, configuredOptimizer(spec), [x0, y0], { maxSteps: spec.maxSteps, gradTolerance: 1e-8 });
  } catch (e) {
    if (e instanceof CoreError && e.code === 'non-finite') {
      return {
        ...atStart,
        status: 'not-defined',
        label: `f or its gradient is not defined at the start (${fmt(x0)}, ${fmt(y0)})`,
      };
    }
    throw e;
  }
  let label: string;
  let status: Run['status'] = path.status;
  const lastLoss = path.losses[path.losses.length - 1]!;
  switch (path.status) {
    case 'converged':
    case 'converged-with-oscillation':
      label = `converged in ${stepsText(path.steps)}, f = ${fmt(lastLoss)}`;
      break;
    case 'diverged': {
      // 'diverged' also ends a run whose next point is finite but where f or ∇f is not (log of a
      // negative number …): take that step again to tell the two apart.
      const next = nextPoint(surface, spec, path.finalState);
      if (next !== null) {
        status = 'not-defined';
        label = `stopped after ${stepsText(path.steps)}: f or ∇f is not defined at the next point (${fmt(next[0])}, ${fmt(next[1])})`;
      } else label = `diverged after ${stepsText(path.steps)}`;
      break;
    }
    case 'stalled':
      label = `still moving after ${stepsText(path.steps)}, f = ${fmt(lastLoss)}`;
      break;
    default:
      label = `${stepsText(path.steps)}, f = ${fmt(lastLoss)}`;
  }
  const stopped = path.status === 'diverged';
  return {
    spec,
    points: path.points,
    losses: path.losses,
    status,
    label,
    clipped: clipPath(path.points, window, { stopped }),
  };
}
