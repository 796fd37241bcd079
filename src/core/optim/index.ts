/**
 * Optimisers as pure step functions over immutable states, and the run recorder.
 *   const opt = configure(gradientDescent, { learningRate: 0.002 });
 *   const path = descentPath(loss, opt, [-8, -3.2], { maxSteps: 1000 });
 * or step by hand: let s = adam.init(p0, { learningRate: 0.1 }); s = adam.step(s, loss).
 */
export {
  configure,
  type Optimizer,
  type OptimizerState,
  type OptimizerId,
  type ConfiguredOptimizer,
  type AnyConfiguredOptimizer,
} from './optimizer';
export { gradientDescent, type GradientDescentParams, type GradientDescentState } from './gradient-descent';
export { momentum, type MomentumParams, type MomentumState } from './momentum';
export { nesterov } from './nesterov';
export { adagrad, type AdagradParams, type AdagradState } from './adagrad';
export { rmsprop, type RmspropParams, type RmspropState } from './rmsprop';
export { adam, type AdamParams, type AdamState } from './adam';
export {
  backtracking,
  armijoSearch,
  backtrackingParams,
  type BacktrackingParams,
  type BacktrackingState,
  type ArmijoSearch,
} from './backtracking';
export {
  descentPath,
  descentPathInSteps,
  MAX_STEPS,
  type DescentOptions,
  type DescentPath,
  type DescentStatus,
} from './descent-path';
export { observedBehaviour } from './observed-behaviour';
