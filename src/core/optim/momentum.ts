import type { Objective } from '../loss/objective';
import { assertFits, startPoint, type Optimizer, type OptimizerState } from './optimizer';
import { fraction, learningRate } from './params';

export interface MomentumParams {
  readonly learningRate: number;
  /** μ ∈ [0, 1): how much of the last step carries over (default 0.9). μ = 0 is plain descent. */
  readonly momentum?: number;
}

export interface MomentumState extends OptimizerState<Required<MomentumParams>> {
  /** The last step v_k = p_k − p_{k−1} (zero at the start). */
  readonly velocity: Float64Array;
}

export function momentumParams(params: MomentumParams): Required<MomentumParams> {
  return { learningRate: learningRate(params.learningRate), momentum: fraction(params.momentum, 0.9, 'the momentum μ') };
}

/** Heavy-ball momentum (Polyak): v ← μv − η∇L(p), p ← p + v. */
export const momentum: Optimizer<MomentumParams, MomentumState> = {
  id: 'momentum',
  name: 'Momentum',
  init(p0, params) {
    const point = startPoint(p0);
    return { point, velocity: new Float64Array(point.length), iteration: 0, params: momentumParams(params) };
  },
  step(state: MomentumState, objective: Objective): MomentumState {
    assertFits(state.point, objective);
    const { learningRate: eta, momentum: mu } = state.params;
    const g = objective.gradient(state.point);
    const n = state.point.length;
    const velocity = new Float64Array(n);
    const point = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      velocity[i] = mu * state.velocity[i]! - eta * g[i]!;
      point[i] = state.point[i]! + velocity[i]!;
    }
    return { point, velocity, iteration: state.iteration + 1, params: state.params };
  },
};
