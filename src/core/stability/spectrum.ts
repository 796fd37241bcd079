import { assertFinite, assertFiniteArray, assertPositive, CoreError } from '../errors';
import type { Matrix } from '../linalg/matrix';
import { curvatures, FLAT, type Curvatures } from './curvature';
import { stepThresholds, type StepThresholds } from './thresholds';

/**
 * The step-size story of one convex quadratic, for the step-size-spectrum widget.
 *
 * The convention: H is the Hessian of the gradient the descent actually steps on. The
 * regression chapters' code steps on XᵀXβ − Xᵀy (the 2 of the true gradient 2XᵀXβ − 2Xᵀy
 * folded into η; `leastSquaresLoss(X, y, { halfGradient: true })`), so H = XᵀX and the
 * landmarks are 1/λ_max, 2/(λ_min + λ_max), 2/λ_max with λ the eigenvalues of XᵀX. With the
 * true gradient H = 2XᵀX and every landmark halves. `steppedHessian(loss)` picks the right one.
 */

/** gradientScale·XᵀX: the H of the gradient a least-squares loss reports (see above). */
export function steppedHessian(loss: {
  readonly stats: { readonly xtx: Matrix };
  readonly gradientScale: 1 | 2;
}): Matrix {
  const g = loss.stats.xtx;
  return { rows: g.rows, cols: g.cols, data: g.data.map((v) => loss.gradientScale * v) };
}

/** max|1 − ηλᵢ| over the directions with positive curvature (flat ones neither shrink nor matter). */
export function convergenceFactorOf(eta: number, c: Curvatures): number {
  let worst = 0;
  for (const lambda of c.values) if (lambda > FLAT * c.lambdaMax) worst = Math.max(worst, Math.abs(1 - eta * lambda));
  return Math.min(worst, Number.MAX_VALUE); // η·λ beyond the largest double saturates
}

export interface ConvergenceCurve {
  /** η samples, increasing from 0 to etaMax, with the curve's corners inserted exactly. */
  readonly eta: Float64Array;
  /** factor[k] = max|1 − η_k λᵢ|, the worst per-step factor of the error at η_k. */
  readonly factor: Float64Array;
  /** The landmarks to mark on it: 1/λ_max, 2/(λ_min + λ_max), 2/λ_max, with κ and the best rate. */
  readonly thresholds: StepThresholds;
}

/**
 * Samples the convergence factor max|1 − ηλᵢ| against η on [0, etaMax] at `samples` evenly
 * spaced points, plus the landmarks 1/λ_max, 2/(λ_min + λ_max) (the corner: the curve is
 * 1 − ηλ_min before it and ηλ_max − 1 after) and 2/λ_max (where it reaches 1) when they fall
 * inside, so a line through the samples is exact. etaMax defaults to 1.25 · 2/λ_max.
 */
export function convergenceFactorCurve(
  h: Matrix,
  options: { etaMax?: number; samples?: number } = {},
): ConvergenceCurve {
  const c = curvatures(h);
  const thresholds = stepThresholds(h);
  const etaMax = options.etaMax ?? 1.25 * thresholds.criticalLearningRate;
  assertPositive(etaMax, 'the largest η');
  const samples = options.samples ?? 201;
  if (!Number.isInteger(samples) || samples < 2 || samples > 100_000) {
    throw new CoreError(
      'out-of-range',
      `the number of samples must be a whole number from 2 to 100000, got ${String(samples)}`,
    );
  }
  const etas: number[] = [];
  for (let k = 0; k < samples; k++) etas.push((etaMax * k) / (samples - 1));
  for (const t of [thresholds.monotoneLimit, thresholds.bestFixedStep, thresholds.criticalLearningRate])
    if (t < etaMax) etas.push(t);
  etas.sort((a, b) => a - b);
  const eta = Float64Array.from(etas.filter((v, k) => k === 0 || v !== etas[k - 1]));
  const factor = eta.map((e) => convergenceFactorOf(e, c));
  return { eta, factor, thresholds };
}

/** The error e = β − β̂ in the eigenbasis of H: cᵢ = vᵢᵀe, ascending λ (e = Σ cᵢvᵢ). */
export function errorComponents(error: ArrayLike<number>, h: Matrix): Float64Array {
  const c = curvatures(h);
  return project(error, c);
}

function project(error: ArrayLike<number>, c: Curvatures): Float64Array {
  const n = c.values.length;
  if (error.length !== n) throw new CoreError('mismatch', `the error has ${error.length} entries but H is ${n} × ${n}`);
  assertFiniteArray(error, 'the error β − β̂');
  return Float64Array.from(c.directions, (v) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += v[i]! * error[i]!;
    return s;
  });
}

export interface ErrorSpectrum {
  /** λᵢ, ascending. */
  readonly lambdas: Float64Array;
  /** vᵢ: unit eigenvectors, directions[i] for lambdas[i]. */
  readonly directions: ReadonlyArray<Float64Array>;
  /** 1 − ηλᵢ: each component is multiplied by this every step (negative: it flips side). */
  readonly factors: Float64Array;
  /**
   * components[i][k] = cᵢ(1 − ηλᵢ)ᵏ for k = 0…steps: the error β⁽ᵏ⁾ − β̂ along vᵢ. A diverging
   * component saturates at ±Number.MAX_VALUE instead of becoming ∞ (so a log plot stays finite).
   */
  readonly components: Float64Array[];
  /** ‖β⁽ᵏ⁾ − β̂‖ for k = 0…steps, saturating at Number.MAX_VALUE. */
  readonly errorNorm: Float64Array;
}

/**
 * The error of gradient descent with step η on a convex quadratic with Hessian H, split into
 * H's eigendirections: e⁽ᵏ⁾ = Σᵢ cᵢ(1 − ηλᵢ)ᵏ vᵢ, cᵢ = vᵢᵀe⁽⁰⁾ — exactly what β ← β − η(Hβ − b)
 * does to e = β − β̂, each component on its own. `error0` is β⁽⁰⁾ − β̂.
 */
export function errorSpectrum(eta: number, h: Matrix, error0: ArrayLike<number>, steps: number): ErrorSpectrum {
  assertFinite(eta, 'the learning rate η');
  if (eta < 0) throw new CoreError('out-of-range', `the learning rate η must be ≥ 0, got ${eta}`);
  if (!Number.isInteger(steps) || steps < 0 || steps > 100_000) {
    throw new CoreError(
      'out-of-range',
      `the number of steps must be a whole number from 0 to 100000, got ${String(steps)}`,
    );
  }
  const c = curvatures(h);
  const initial = project(error0, c);
  const n = c.values.length;
  const saturate = (v: number): number => (Number.isFinite(v) ? v : Math.sign(v) * Number.MAX_VALUE);
  const factors = c.values.map((lambda) => saturate(1 - eta * lambda));
  const components = Array.from({ length: n }, (_, i) => {
    const out = new Float64Array(steps + 1);
    let v = initial[i]!;
    for (let k = 0; k <= steps; k++) {
      out[k] = v;
      v = saturate(v * factors[i]!);
    }
    return out;
  });
  const errorNorm = new Float64Array(steps + 1);
  for (let k = 0; k <= steps; k++) {
    // scaled so the sum of squares cannot overflow
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(components[i]![k]!));
    let s = 0;
    if (big > 0) for (let i = 0; i < n; i++) s += (components[i]![k]! / big) ** 2;
    errorNorm[k] = saturate(big * Math.sqrt(s));
  }
  return { lambdas: c.values, directions: c.directions, factors, components, errorNorm };
}
