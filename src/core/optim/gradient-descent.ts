import type { Objective } from '../loss/objective';
import { assertFits, startPoint, stepByCopy, type Mutable, type Optimizer, type OptimizerState } from './optimizer';
import { learningRate } from './params';

export interface GradientDescentParams {
  readonly learningRate: number;
}

export type GradientDescentState = OptimizerState<Required<GradientDescentParams>>;

/**
 * Plain gradient descent, p ← p − η∇L(p), computed entry by entry exactly as
 * numpy's `beta_hat - eta * gradient(X, y, beta_hat)`, so with the same
 * gradient the iterates agree with the lecture's loop to the last bit.
 */
export const gradientDescent: Optimizer<GradientDescentParams, GradientDescentState> = {
  id: 'gradient-descent',
  name: 'Gradient descent',
  init(p0, params) {
    return { point: startPoint(p0), iteration: 0, params: { learningRate: learningRate(params.learningRate) } };
  },
  step: stepByCopy<GradientDescentState>((s, o) => gradientDescent.advance(s, o)),
  advance(state: GradientDescentState, objective: Objective): void {
    assertFits(state.point, objective);
    const eta = state.params.learningRate;
    const g = objective.gradient(state.point);
    const point = state.point;
    for (let i = 0; i < point.length; i++) point[i] = point[i]! - eta * g[i]!;
    (state as Mutable<GradientDescentState>).iteration = state.iteration + 1;
  },
};
