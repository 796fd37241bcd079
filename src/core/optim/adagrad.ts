import type { Objective } from '../loss/objective';
import { assertFits, startPoint, type Optimizer, type OptimizerState } from './optimizer';
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
  step(state: AdagradState, objective: Objective): AdagradState {
    assertFits(state.point, objective);
    const { learningRate: eta, epsilon } = state.params;
    const g = objective.gradient(state.point);
    const n = state.point.length;
    const sumSquares = new Float64Array(n);
    const point = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const gi = g[i]!;
      sumSquares[i] = state.sumSquares[i]! + gi * gi;
      if (!Number.isFinite(sumSquares[i]!)) throw squaresOverflow(state.iteration + 1);
      point[i] = state.point[i]! - (eta * gi) / (Math.sqrt(sumSquares[i]!) + epsilon);
    }
    return { point, sumSquares, iteration: state.iteration + 1, params: state.params };
  },
};
