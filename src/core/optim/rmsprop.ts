import type { Objective } from '../loss/objective';
import { assertFits, startPoint, type Optimizer, type OptimizerState } from './optimizer';
import { fraction, learningRate, positive, squaresOverflow } from './params';

export interface RmspropParams {
  readonly learningRate: number;
  /** ρ ∈ [0, 1): decay of the average of squared gradients (default 0.9, Hinton's). */
  readonly decay?: number;
  /** ε added to the root (default 1e-8). */
  readonly epsilon?: number;
}

export interface RmspropState extends OptimizerState<Required<RmspropParams>> {
  /** s: the moving average of squared gradients, per coordinate. */
  readonly meanSquare: Float64Array;
}

/** RMSProp: s ← ρs + (1 − ρ)g², p ← p − η·g/(√s + ε). */
export const rmsprop: Optimizer<RmspropParams, RmspropState> = {
  id: 'rmsprop',
  name: 'RMSProp',
  init(p0, params) {
    const point = startPoint(p0);
    return {
      point,
      meanSquare: new Float64Array(point.length),
      iteration: 0,
      params: {
        learningRate: learningRate(params.learningRate),
        decay: fraction(params.decay, 0.9, 'the decay ρ'),
        epsilon: positive(params.epsilon, 1e-8, 'ε'),
      },
    };
  },
  step(state: RmspropState, objective: Objective): RmspropState {
    assertFits(state.point, objective);
    const { learningRate: eta, decay, epsilon } = state.params;
    const g = objective.gradient(state.point);
    const n = state.point.length;
    const meanSquare = new Float64Array(n);
    const point = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const gi = g[i]!;
      meanSquare[i] = decay * state.meanSquare[i]! + (1 - decay) * gi * gi;
      if (!Number.isFinite(meanSquare[i]!)) throw squaresOverflow(state.iteration + 1);
      point[i] = state.point[i]! - (eta * gi) / (Math.sqrt(meanSquare[i]!) + epsilon);
    }
    return { point, meanSquare, iteration: state.iteration + 1, params: state.params };
  },
};
