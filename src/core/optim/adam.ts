import type { Objective } from '../loss/objective';
import { assertFits, startPoint, type Optimizer, type OptimizerState } from './optimizer';
import { fraction, learningRate, positive, squaresOverflow } from './params';

export interface AdamParams {
  readonly learningRate: number;
  /** β₁ ∈ [0, 1): decay of the gradient average (default 0.9). */
  readonly beta1?: number;
  /** β₂ ∈ [0, 1): decay of the squared-gradient average (default 0.999). */
  readonly beta2?: number;
  /** ε added to the root (default 1e-8). */
  readonly epsilon?: number;
}

export interface AdamState extends OptimizerState<Required<AdamParams>> {
  /** m: the moving average of gradients. */
  readonly firstMoment: Float64Array;
  /** v: the moving average of squared gradients. */
  readonly secondMoment: Float64Array;
}

/**
 * Adam (Kingma & Ba 2015): m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g²,
 * m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ), p ← p − η·m̂/(√v̂ + ε), t = k + 1.
 * The bias correction undoes the pull towards 0 of averages started at 0, so
 * the first step has length ≈ η in every coordinate.
 */
export const adam: Optimizer<AdamParams, AdamState> = {
  id: 'adam',
  name: 'Adam',
  init(p0, params) {
    const point = startPoint(p0);
    return {
      point,
      firstMoment: new Float64Array(point.length),
      secondMoment: new Float64Array(point.length),
      iteration: 0,
      params: {
        learningRate: learningRate(params.learningRate),
        beta1: fraction(params.beta1, 0.9, 'β₁'),
        beta2: fraction(params.beta2, 0.999, 'β₂'),
        epsilon: positive(params.epsilon, 1e-8, 'ε'),
      },
    };
  },
  step(state: AdamState, objective: Objective): AdamState {
    assertFits(state.point, objective);
    const { learningRate: eta, beta1, beta2, epsilon } = state.params;
    const g = objective.gradient(state.point);
    const t = state.iteration + 1;
    const c1 = 1 - beta1 ** t;
    const c2 = 1 - beta2 ** t;
    const n = state.point.length;
    const firstMoment = new Float64Array(n);
    const secondMoment = new Float64Array(n);
    const point = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const gi = g[i]!;
      firstMoment[i] = beta1 * state.firstMoment[i]! + (1 - beta1) * gi;
      secondMoment[i] = beta2 * state.secondMoment[i]! + (1 - beta2) * gi * gi;
      if (!Number.isFinite(secondMoment[i]!)) throw squaresOverflow(state.iteration + 1);
      const mHat = firstMoment[i]! / c1;
      const vHat = secondMoment[i]! / c2;
      point[i] = state.point[i]! - (eta * mHat) / (Math.sqrt(vHat) + epsilon);
    }
    return { point, firstMoment, secondMoment, iteration: t, params: state.params };
  },
};
