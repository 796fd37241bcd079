import type { Objective } from '../loss/objective';
import { momentumParams, type MomentumParams, type MomentumState } from './momentum';
import { assertFits, startPoint, type Optimizer } from './optimizer';

/**
 * Nesterov's accelerated gradient in Sutskever's form: take the gradient where
 * momentum is about to carry the point, v ← μv − η∇L(p + μv), p ← p + v.
 * Same parameters and state as heavy-ball momentum.
 */
export const nesterov: Optimizer<MomentumParams, MomentumState> = {
  id: 'nesterov',
  name: 'Nesterov momentum',
  init(p0, params) {
    const point = startPoint(p0);
    return { point, velocity: new Float64Array(point.length), iteration: 0, params: momentumParams(params) };
  },
  step(state: MomentumState, objective: Objective): MomentumState {
    assertFits(state.point, objective);
    const { learningRate: eta, momentum: mu } = state.params;
    const n = state.point.length;
    const ahead = new Float64Array(n);
    for (let i = 0; i < n; i++) ahead[i] = state.point[i]! + mu * state.velocity[i]!;
    const g = objective.gradient(ahead);
    const velocity = new Float64Array(n);
    const point = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      velocity[i] = mu * state.velocity[i]! - eta * g[i]!;
      point[i] = state.point[i]! + velocity[i]!;
    }
    return { point, velocity, iteration: state.iteration + 1, params: state.params };
  },
};
