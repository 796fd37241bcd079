/**
 * Small dense networks for binary classification, trained full-batch with the
 * core's optimisers, and their loss landscapes (Li et al. 2018):
 *   const layout = mlpLayout([2, 8, 8, 1]);
 *   const loss = networkLoss(layout, 'tanh', twoMoons({ n: 200, seed: 0, noise: 0.1 }));
 *   const run = train(loss, configure(adam, { learningRate: 0.01 }), initialParameters(layout, 'tanh', 1), { steps: 2000 });
 *   const rs = new RandomState(2);
 *   const d1 = filterNormalisedDirection(layout, run.theta, rs), d2 = filterNormalisedDirection(layout, run.theta, rs);
 *   const grid = lossLandscape(loss, run.theta, d1, d2, { x: [-1, 1], y: [-1, 1], nx: 51, ny: 51 });
 */
export { ACTIVATIONS, activate, activationId, activationSlope, sigmoid, type ActivationId } from './activation';
export { bceWithLogit } from './binary-cross-entropy';
export {
  MAX_LAYERS,
  MAX_LAYER_WIDTH,
  layerViews,
  mlpLayout,
  type LayerSlot,
  type LayerView,
  type MlpLayout,
} from './layout';
export { initialParameters } from './initial-parameters';
export { forwardInto, networkLoss, type LabelledBatch, type NetworkLoss } from './network-loss';
export { MAX_PREDICT_POINTS, predict } from './predict';
export {
  MAX_SNAPSHOTS,
  MAX_TRAINING_STEPS,
  startTraining,
  train,
  type Training,
  type TrainingOptions,
  type TrainingStatus,
} from './training';
export { filterNorms, filterNormalisedDirection } from './filter-normalised-direction';
export { lossLandscape } from './loss-landscape';
export { pathPlane, type PathPlane } from './path-plane';
export { planeWindow } from './plane-window';
