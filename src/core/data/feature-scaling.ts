import { CoreError } from '../errors';
import type { Matrix } from '../linalg/matrix';
import type { Surface2D } from '../loss/objective';
import { twoFeatureRegressionLoss } from '../loss/two-feature-regression';
import { fitMinMaxScaler, minMaxTransform } from '../scale/min-max-scaler';
import { fitStandardScaler, standardize } from '../scale/standard-scaler';
import { stepThresholds, type StepThresholds } from '../stability/thresholds';
import { twoScaleFeatures } from './two-scale-features';

/** The feature scalings chapter 7 compares: none, scikit-learn's StandardScaler, MinMaxScaler onto [0, 1]. */
export const SCALINGS = ['none', 'standard', 'min-max'] as const;
export type Scaling = (typeof SCALINGS)[number];

/** A rectangle of the (w₁, w₂) plane. */
export interface WeightWindow {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/** The grid window of the feature-scaling recipe: w₁ ∈ [−1, 5], w₂ ∈ [−1, 0.5], 50 × 50 values, for both surfaces. */
export const RECIPE_WINDOW: WeightWindow = { x: [-1, 5], y: [-1, 0.5] };
export const RECIPE_GRID_SIZE = 50;

/**
 * The two-feature regression of the feature-scaling data (no intercept) with its features
 * scaled one way, and everything the scaling comparison reads out about its MSE surface.
 */
export interface FeatureScalingProblem {
  readonly scaling: Scaling;
  /** The (scaled) features, n × 2 row-major, and the targets. */
  readonly X: Matrix;
  readonly y: Float64Array;
  /**
   * w = slopeScale ⊙ w_raw: the weights on these features that give the same slopes
   * on the raw features as w_raw (σⱼ for standardising, the range for min–max, 1 for none).
   * Without an intercept a shifted feature also shifts the predictions by a constant.
   */
  readonly slopeScale: Float64Array;
  /** The MSE over (w₁, w₂), with the true gradient (2/n)Xᵀ(Xw − y). */
  readonly loss: Surface2D;
  /** G = XᵀX/n. */
  readonly gram: Matrix;
  /** λ_min, λ_max and λ_max/λ_min of G (the same ratio as for XᵀX and the Hessian 2G). */
  readonly gramSpectrum: { readonly lambdaMin: number; readonly lambdaMax: number; readonly conditionNumber: number };
  /** The Hessian 2G of the MSE: the matrix the gradient actually steps on. */
  readonly hessian: Matrix;
  /** Step landmarks for that gradient: critical 2/λ_max(2G), best fixed 2/(λ_min + λ_max) of 2G, … */
  readonly steps: StepThresholds;
  /** The least-squares weights and the smallest MSE. */
  readonly minimiser: readonly [number, number];
  readonly minLoss: number;
  /**
   * A window that shows the whole bowl: the bounding box of the set of weights that do at
   * least as well as w = 0 (predicting 0 everywhere), widened by 10 % on each side.
   */
  readonly bowlWindow: WeightWindow;
}

function transform(scaling: Scaling, raw: Matrix): { X: Matrix; slopeScale: Float64Array } {
  if (scaling === 'none') return { X: raw, slopeScale: Float64Array.of(1, 1) };
  if (scaling === 'standard') {
    const s = fitStandardScaler(raw);
    return { X: standardize(s, raw), slopeScale: Float64Array.from(s.scale) };
  }
  const s = fitMinMaxScaler(raw);
  return { X: minMaxTransform(s, raw), slopeScale: Float64Array.from(s.scale, (v) => 1 / v) };
}

const memo = new Map<Scaling, FeatureScalingProblem>();

/** The problem for one scaling (memoised; treat the result as read-only). Throws CoreError for an unknown scaling. */
export function featureScalingProblem(scaling: Scaling): FeatureScalingProblem {
  if (!(SCALINGS as readonly string[]).includes(scaling)) {
    throw new CoreError('invalid', `the scaling must be one of ${SCALINGS.join(', ')}, got ${String(scaling)}`);
  }
  const cached = memo.get(scaling);
  if (cached) return cached;
  const data = twoScaleFeatures();
  const { X, slopeScale } = transform(scaling, { rows: data.n, cols: data.p, data: data.X });
  const n = X.rows;
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  let g11 = 0;
  let g12 = 0;
  let g22 = 0;
  let b1 = 0;
  let b2 = 0;
  let yy = 0;
  for (let i = 0; i < n; i++) {
    const u = X.data[2 * i]!;
    const v = X.data[2 * i + 1]!;
    const t = data.y[i]!;
    x1[i] = u;
    x2[i] = v;
    g11 += u * u;
    g12 += u * v;
    g22 += v * v;
    b1 += u * t;
    b2 += v * t;
    yy += t * t;
  }
  [g11, g12, g22, b1, b2, yy] = [g11 / n, g12 / n, g22 / n, b1 / n, b2 / n, yy / n];
  const gram: Matrix = { rows: 2, cols: 2, data: Float64Array.of(g11, g12, g12, g22) };
  const hessian: Matrix = { rows: 2, cols: 2, data: Float64Array.of(2 * g11, 2 * g12, 2 * g12, 2 * g22) };
  const det = g11 * g22 - g12 * g12;
  const w1 = (g22 * b1 - g12 * b2) / det;
  const w2 = (g11 * b2 - g12 * b1) / det;
  // The excess MSE is (w − ŵ)ᵀG(w − ŵ); its level set {excess ≤ Δ} has half-widths √(Δ·(G⁻¹)ᵢᵢ).
  const minLoss = yy - (w1 * b1 + w2 * b2);
  const delta = yy - minLoss; // the excess at w = 0
  const h1 = 1.1 * Math.sqrt((delta * g22) / det);
  const h2 = 1.1 * Math.sqrt((delta * g11) / det);
  const steps = stepThresholds(hessian);
  const loss = twoFeatureRegressionLoss(x1, x2, data.y, {
    id: `feature-scaling-${scaling}`,
    name:
      scaling === 'none'
        ? 'MSE, raw features'
        : scaling === 'standard'
          ? 'MSE, standardised features'
          : 'MSE, min–max scaled features',
    domain: { x: [w1 - h1, w1 + h1], y: [w2 - h2, w2 + h2] },
  });
  const problem: FeatureScalingProblem = {
    scaling,
    X,
    y: data.y,
    slopeScale,
    loss,
    gram,
    gramSpectrum: {
      lambdaMin: steps.lambdaMin / 2,
      lambdaMax: steps.lambdaMax / 2,
      conditionNumber: steps.conditionNumber,
    },
    hessian,
    steps,
    minimiser: [w1, w2],
    minLoss: loss.value([w1, w2]),
    bowlWindow: { x: [w1 - h1, w1 + h1], y: [w2 - h2, w2 + h2] },
  };
  memo.set(scaling, problem);
  return problem;
}

/** Raw-feature weights → the weights on this problem's features with the same slopes. */
export function toProblemWeights(problem: FeatureScalingProblem, raw: ArrayLike<number>): [number, number] {
  return [raw[0]! * problem.slopeScale[0]!, raw[1]! * problem.slopeScale[1]!];
}

/** The inverse of `toProblemWeights`. */
export function toRawWeights(problem: FeatureScalingProblem, w: ArrayLike<number>): [number, number] {
  return [w[0]! / problem.slopeScale[0]!, w[1]! / problem.slopeScale[1]!];
}
