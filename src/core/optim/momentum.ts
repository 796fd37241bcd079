import type { Objective } from '../loss/objective';
import { assertFits, startPoint, stepByCopy, type Mutable, type Optimizer, type OptimizerState } from './optimizer';
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
  return {
    learningRate: learningRate(params.learningRate),
    momentum: fraction(params.momentum, 0.9, 'the momentum μ'),
  };
}

/** Heavy-ball momentum (Polyak): v ← μv − η∇L(p), p ← p + v. */
export const momentum: Optimizer<MomentumParams, MomentumState> = {
  id: 'momentum',
  name: 'Momentum',
  init(p0, params) {
    const point = startPoint(p0);
    return { point, velocity: new Float64Array(point.length), iteration: 0, params: momentumParams(params) };
  },
  step: stepByCopy<MomentumState>((s, o) => momentum.advance(s, o)),
  advance(state: MomentumState, objective: Objective): void {
    assertFits(state.point, objective);
    const g = objective.gradient(state.point);
    momentumUpdate(state, g);
  },
};

/** v ← μv − ηg, p ← p + v in place, and count the step (heavy ball and Nesterov share it). */
export function momentumUpdate(state: MomentumState, g: ArrayLike<number>): void {
  const { learningRate: eta, momentum: mu } = state.params;
  const { point, velocity } = state;
  for (let i = 0; i < point.length; i++) {
    velocity[i] = mu * velocity[i]! - eta * g[i]!;
    point[i] = point[i]! + velocity[i]!;
  }
  (state as Mutable<MomentumState>).iteration = state.iteration + 1;
}
