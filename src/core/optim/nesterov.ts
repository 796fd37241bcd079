import type { Objective } from '../loss/objective';
import { momentumParams, momentumUpdate, type MomentumParams, type MomentumState } from './momentum';
import { assertFits, startPoint, stepByCopy, type Optimizer } from './optimizer';

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
  step: stepByCopy<MomentumState>((s, o) => nesterov.advance(s, o)),
  advance(state: MomentumState, objective: Objective): void {
    assertFits(state.point, objective);
    const mu = state.params.momentum;
    const n = state.point.length;
    const ahead = new Float64Array(n);
    for (let i = 0; i < n; i++) ahead[i] = state.point[i]! + mu * state.velocity[i]!;
    momentumUpdate(state, objective.gradient(ahead));
  },
};
