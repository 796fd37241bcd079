import { CoreError, assertFinite } from '../errors';
import { linspaceAt } from '../grid/grid';
import type { Objective } from '../loss/objective';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { gradientDescent } from './gradient-descent';
import { momentum } from './momentum';
import { nesterov } from './nesterov';
import type { OptimizerId } from './optimizer';
import { rmsprop } from './rmsprop';

/** Label of a start whose run left the box |x|, |y| < bound or stopped being finite. */
export const DIVERGED = -1;
/** Label of a start whose run met no stopping rule within maxSteps (or stopped at a critical point that is no known minimum). */
export const STALLED = -2;

/** The most starts per side of a basin map. */
export const MAX_BASIN_SIDE = 256;

export interface BasinOptimizer {
  readonly id: OptimizerId;
  /** Hyper-parameters as the core's optimisers take them (validated, defaults filled in). */
  readonly learningRate: number;
  readonly momentum?: number;
  readonly decay?: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

export interface BasinMapSpec {
  readonly objective: Objective;
  /** The known minima, [x, y]: a converged run is labelled with the index of the one within `minimumRadius`. */
  readonly minima: ReadonlyArray<readonly [number, number]>;
  /** Starts: an n × n grid, x and y each np.linspace(lo, hi, n); row j holds y_j. */
  readonly window: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  readonly n: number;
  readonly optimizer: BasinOptimizer;
  readonly maxSteps: number;
  /** A run has converged once ‖∇f‖ < gradTolerance (default 1e-6). */
  readonly gradTolerance?: number;
  /** How close a converged run must be to a known minimum to be labelled with it (default 1e-3). */
  readonly minimumRadius?: number;
  /** A run diverges when |x| or |y| reaches this (default 1e6). */
  readonly bound?: number;
}

/** Labels and step counts for rows r0 … r1 − 1 of the grid of starts (row-major, n per row). */
export interface BasinRows {
  readonly r0: number;
  readonly r1: number;
  /** minimum index ≥ 0, DIVERGED or STALLED. */
  readonly labels: Int16Array;
  /** Steps until the run converged or diverged (maxSteps when it stalled). */
  readonly steps: Int32Array;
}

interface Checked {
  readonly spec: BasinMapSpec;
  readonly params: Required<Omit<BasinOptimizer, 'id'>>;
  readonly gradTolerance: number;
  readonly radius: number;
  readonly bound: number;
}

function check(spec: BasinMapSpec): Checked {
  const { n, maxSteps, window } = spec;
  if (!Number.isInteger(n) || n < 2 || n > MAX_BASIN_SIDE) {
    throw new CoreError('out-of-range', `the grid of starts must have 2 to ${MAX_BASIN_SIDE} points per side, got ${n}`);
  }
  if (!Number.isInteger(maxSteps) || maxSteps < 1 || maxSteps > 100_000) {
    throw new CoreError('out-of-range', `the step budget must be a whole number from 1 to 100000, got ${maxSteps}`);
  }
  for (const v of [...window.x, ...window.y]) assertFinite(v, 'the window');
  if (!(window.x[0] < window.x[1] && window.y[0] < window.y[1])) throw new CoreError('invalid', 'the window must have lo < hi on both axes');
  if (spec.objective.dim !== 2) throw new CoreError('mismatch', 'a basin map needs a loss of two parameters');
  const o = spec.optimizer;
  // The core's optimisers validate the hyper-parameters and fill in their defaults.
  const p0 = [0, 0];
  let filled: Record<string, number>;
  switch (o.id) {
    case 'gradient-descent':
      filled = gradientDescent.init(p0, { learningRate: o.learningRate }).params;
      break;
    case 'momentum':
      filled = momentum.init(p0, { learningRate: o.learningRate, momentum: o.momentum }).params;
      break;
    case 'nesterov':
      filled = nesterov.init(p0, { learningRate: o.learningRate, momentum: o.momentum }).params;
      break;
    case 'adagrad':
      filled = adagrad.init(p0, { learningRate: o.learningRate, epsilon: o.epsilon }).params;
      break;
    case 'rmsprop':
      filled = rmsprop.init(p0, { learningRate: o.learningRate, decay: o.decay, epsilon: o.epsilon }).params;
      break;
    case 'adam':
      filled = adam.init(p0, { learningRate: o.learningRate, beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon }).params;
      break;
    default:
      throw new CoreError('invalid', `unknown optimiser ${String(o.id)}`);
  }
  const params = {
    learningRate: filled.learningRate!,
    momentum: filled.momentum ?? 0,
    decay: filled.decay ?? 0,
    beta1: filled.beta1 ?? 0,
    beta2: filled.beta2 ?? 0,
    epsilon: filled.epsilon ?? 0,
  };
  const gradTolerance = spec.gradTolerance ?? 1e-6;
  const radius = spec.minimumRadius ?? 1e-3;
  const bound = spec.bound ?? 1e6;
  for (const [v, what] of [[gradTolerance, 'the gradient tolerance'], [radius, 'the minimum radius'], [bound, 'the divergence bound']] as const) {
    assertFinite(v, what);
    if (!(v > 0)) throw new CoreError('out-of-range', `${what} must be > 0, got ${v}`);
  }
  return { spec, params, gradTolerance, radius, bound };
}

/**
 * Runs the optimiser from every start of rows r0 … r1 − 1 and labels each start by where it
 * ends. The update rules are those of the core's optimisers (same formulas, same order of
 * operations, so the same iterates as `descentPath`), written over plain numbers so that
 * thousands of runs allocate nothing per step. Call it on row ranges to spread a large map
 * over several tasks (a worker can report progress between them).
 */
export function basinRows(spec: BasinMapSpec, r0: number, r1: number): BasinRows {
  const c = check(spec);
  const { n, window, objective, minima, maxSteps } = spec;
  if (!Number.isInteger(r0) || !Number.isInteger(r1) || r0 < 0 || r1 > n || r0 > r1) {
    throw new CoreError('out-of-range', `rows must satisfy 0 ≤ r0 ≤ r1 ≤ ${n}, got ${r0}, ${r1}`);
  }
  const { learningRate: eta, momentum: mu, decay, beta1, beta2, epsilon } = c.params;
  const id = spec.optimizer.id;
  const count = (r1 - r0) * n;
  const labels = new Int16Array(count);
  const steps = new Int32Array(count);
  const p = new Float64Array(2);
  const tol2 = c.gradTolerance * c.gradTolerance;
  for (let j = r0; j < r1; j++) {
    const y0 = linspaceAt(window.y[0], window.y[1], n, j);
    for (let i = 0; i < n; i++) {
      let x = linspaceAt(window.x[0], window.x[1], n, i);
      let y = y0;
      // optimiser state: velocity / first moment (a1, a2) and sum or mean of squares (b1, b2)
      let a1 = 0;
      let a2 = 0;
      let b1 = 0;
      let b2 = 0;
      let label = STALLED;
      let k = 1;
      for (; k <= maxSteps; k++) {
        if (id === 'nesterov') {
          p[0] = x + mu * a1;
          p[1] = y + mu * a2;
        } else {
          p[0] = x;
          p[1] = y;
        }
        let g1: number;
        let g2: number;
        try {
          const g = objective.gradient(p);
          g1 = g[0]!;
          g2 = g[1]!;
        } catch (e) {
          if (e instanceof CoreError && e.code === 'non-finite') {
            label = DIVERGED;
            break;
          }
          throw e;
        }
        switch (id) {
          case 'gradient-descent':
            x = x - eta * g1;
            y = y - eta * g2;
            break;
          case 'momentum':
          case 'nesterov':
            a1 = mu * a1 - eta * g1;
            a2 = mu * a2 - eta * g2;
            x = x + a1;
            y = y + a2;
            break;
          case 'adagrad':
            b1 = b1 + g1 * g1;
            b2 = b2 + g2 * g2;
            x = x - (eta * g1) / (Math.sqrt(b1) + epsilon);
            y = y - (eta * g2) / (Math.sqrt(b2) + epsilon);
            break;
          case 'rmsprop':
            b1 = decay * b1 + (1 - decay) * g1 * g1;
            b2 = decay * b2 + (1 - decay) * g2 * g2;
            x = x - (eta * g1) / (Math.sqrt(b1) + epsilon);
            y = y - (eta * g2) / (Math.sqrt(b2) + epsilon);
            break;
          case 'adam': {
            const c1 = 1 - beta1 ** k;
            const c2 = 1 - beta2 ** k;
            a1 = beta1 * a1 + (1 - beta1) * g1;
            a2 = beta1 * a2 + (1 - beta1) * g2;
            b1 = beta2 * b1 + (1 - beta2) * g1 * g1;
            b2 = beta2 * b2 + (1 - beta2) * g2 * g2;
            x = x - (eta * (a1 / c1)) / (Math.sqrt(b1 / c2) + epsilon);
            y = y - (eta * (a2 / c1)) / (Math.sqrt(b2 / c2) + epsilon);
            break;
          }
        }
        if (!(Math.abs(x) < c.bound && Math.abs(y) < c.bound)) {
          label = DIVERGED;
          break;
        }
        p[0] = x;
        p[1] = y;
        let h1: number;
        let h2: number;
        try {
          const h = objective.gradient(p);
          h1 = h[0]!;
          h2 = h[1]!;
        } catch (e) {
          if (e instanceof CoreError && e.code === 'non-finite') {
            label = DIVERGED;
            break;
          }
          throw e;
        }
        if (!(Number.isFinite(h1) && Number.isFinite(h2))) {
          label = DIVERGED;
          break;
        }
        if (h1 * h1 + h2 * h2 < tol2) {
          label = STALLED; // a critical point that is no known minimum (a saddle) stays 'stalled'
          for (let m = 0; m < minima.length; m++) {
            if (Math.hypot(x - minima[m]![0], y - minima[m]![1]) < c.radius) {
              label = m;
              break;
            }
          }
          break;
        }
      }
      const at = (j - r0) * n + i;
      labels[at] = label;
      steps[at] = Math.min(k, maxSteps);
    }
  }
  return { r0, r1, labels, steps };
}

/** How many starts ended in each basin, diverged or stalled. */
export interface BasinCounts {
  readonly perMinimum: number[];
  readonly diverged: number;
  readonly stalled: number;
}

export function countBasins(labels: ArrayLike<number>, minima: number): BasinCounts {
  const perMinimum = new Array<number>(minima).fill(0);
  let diverged = 0;
  let stalled = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === DIVERGED) diverged++;
    else if (l === STALLED) stalled++;
    else perMinimum[l] = perMinimum[l]! + 1;
  }
  return { perMinimum, diverged, stalled };
}

/** The whole map at once: basinRows over all n rows. */
export function basinMap(spec: BasinMapSpec): BasinRows {
  return basinRows(spec, 0, spec.n);
}
