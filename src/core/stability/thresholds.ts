import type { Matrix } from '../linalg/matrix';
import { curvatures } from './curvature';

/**
 * For gradient descent β ← β − η(Hβ − b) the error e = β − β* obeys
 * e ← (I − ηH)e, so along the eigenvector of λ it is multiplied by 1 − ηλ
 * each step. Everything below follows from that one factor.
 */

/** 2/λ_max: the largest step that does not diverge (factor −1 along the stiff direction). */
export function criticalLearningRate(h: Matrix): number {
  return 2 / curvatures(h).lambdaMax;
}

/** 1/λ_max: up to here every factor 1 − ηλ is ≥ 0, so the path never overshoots. */
export function monotoneLimit(h: Matrix): number {
  return 1 / curvatures(h).lambdaMax;
}

/**
 * 2/(λ_min + λ_max): the fixed step that minimises the worst factor
 * max|1 − ηλ|, which is then (κ − 1)/(κ + 1) with κ = λ_max/λ_min.
 */
export function bestFixedStep(h: Matrix): number {
  const { lambdaMin, lambdaMax } = curvatures(h);
  return 2 / (lambdaMin + lambdaMax);
}

/** All the learning-rate landmarks of H at once (one eigen-decomposition). */
export interface StepThresholds {
  readonly lambdaMin: number;
  readonly lambdaMax: number;
  /** λ_max/λ_min; Infinity when λ_min = 0. */
  readonly conditionNumber: number;
  readonly monotoneLimit: number;
  readonly bestFixedStep: number;
  readonly criticalLearningRate: number;
  /** The error factor per step at the best fixed step, (κ − 1)/(κ + 1). */
  readonly bestRate: number;
}

export function stepThresholds(h: Matrix): StepThresholds {
  const { lambdaMin, lambdaMax } = curvatures(h);
  return {
    lambdaMin,
    lambdaMax,
    conditionNumber: lambdaMin === 0 ? Infinity : lambdaMax / lambdaMin,
    monotoneLimit: 1 / lambdaMax,
    bestFixedStep: 2 / (lambdaMin + lambdaMax),
    criticalLearningRate: 2 / lambdaMax,
    bestRate: (lambdaMax - lambdaMin) / (lambdaMax + lambdaMin),
  };
}
