import type { Objective } from '../loss/objective';
import { assertFits, startPoint, stepByCopy, type Mutable, type Optimizer, type OptimizerState } from './optimizer';
import { learningRate, positive, squaresOverflow } from './params';

export interface AdagradParams {
  readonly learningRate: number;
  /** ε added to the root to avoid dividing by zero (default 1e-10, as PyTorch). */
  readonly epsilon?: number;
}

export interface AdagradState extends OptimizerState<Required<AdagradParams>> {
  /** G: the running sum of squared gradients, per coordinate. */
  readonly sumSquares: Float64Array;
}

/** AdaGrad: G ← G + g², p ← p − η·g/(√G + ε): each coordinate gets its own, shrinking step. */
export const adagrad: Optimizer<AdagradParams, AdagradState> = {
  id: 'adagrad',
  name: 'AdaGrad',
  init(p0, params) {
    const point = startPoint(p0);
    return {
      point,
      sumSquares: new Float64Array(point.length),
      iteration: 0,
      params: { learningRate: learningRate(params.learningRate), epsilon: positive(params.epsilon, 1e-10, 'ε') },
    };
  },
  step: stepByCopy<AdagradState>((s, o) => adagrad.advance(s, o)),
  advance(state: AdagradState, objective: Objective): void {
    assertFits(state.point, objective);
    const { learningRate: eta, epsilon } = state.params;
    const g = objective.gradient(state.point);
    const { point, sumSquares } = state;
    for (let i = 0; i < point.length; i++) {
      const gi = g[i]!;
      sumSquares[i] = sumSquares[i]! + gi * gi;
      if (!Number.isFinite(sumSquares[i]!)) throw squaresOverflow(state.iteration + 1);
      point[i] = point[i]! - (eta * gi) / (Math.sqrt(sumSquares[i]!) + epsilon);
    }
    (state as Mutable<AdagradState>).iteration = state.iteration + 1;
  },
};
