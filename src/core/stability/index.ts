export { curvatures, type Curvatures } from './curvature';
export { criticalLearningRate, monotoneLimit, bestFixedStep, stepThresholds, type StepThresholds } from './thresholds';
export { predictBehaviour, type Behaviour } from './behaviour';
export {
  contractionFactors,
  contractionFactorsOf,
  worstRate,
  stepsToReduce,
  type DirectionFactor,
} from './contraction';
export { stepsToTolerance, MAX_COUNTED_STEPS, type StepsToTolerance } from './steps-to-tolerance';
export {
  steppedHessian,
  convergenceFactorOf,
  convergenceFactorCurve,
  errorComponents,
  errorSpectrum,
  type ConvergenceCurve,
  type ErrorSpectrum,
} from './spectrum';
