/**
 * The race's presets: a surface, a start, a step budget and hyper-parameters, each with one
 * sentence saying what to watch. The numbers in the sentences are what the model computes
 * (tests/unit/widgets/optimizer-race checks them).
 */
import type { PresetId, State } from './state';

export interface Preset {
  readonly id: Exclude<PresetId, 'custom'>;
  readonly label: string;
  readonly comment: string;
  readonly values: Partial<State>;
}

const ALL_ON = { gd: true, mom: true, nag: true, adagrad: true, rms: true, adam: true } as const;

export const PRESETS: readonly Preset[] = [
  {
    id: 'rosenbrock',
    label: 'Rosenbrock valley',
    comment:
      'From (−1.2, 1) plain descent is still crawling along the curved floor after 5,000 steps, while momentum gets within 10⁻⁶ of the minimum in 1,386 and Adam in 2,874.',
    values: {
      ...ALL_ON,
      surface: 'rosenbrock',
      x: -1.2,
      y: 1,
      steps: 5000,
      tol: -6,
      gdEta: 0.001,
      momEta: 0.001,
      momMu: 0.9,
      nagEta: 0.001,
      nagMu: 0.9,
      adagradEta: 0.5,
      rmsEta: 0.001,
      rmsDecay: 0.9,
      adamEta: 0.02,
      adamB1: 0.9,
      adamB2: 0.999,
    },
  },
  {
    id: 'saddle',
    label: 'A saddle',
    comment:
      'A millionth off the ridge of (x² − 1)² + y², everyone first slides onto the saddle at the origin; AdaGrad and RMSProp, which blow the tiny x-gradient up to full size, leave it first.',
    values: {
      ...ALL_ON,
      surface: 'double-well',
      x: 0.000001,
      y: 1,
      steps: 300,
      tol: -6,
      gdEta: 0.05,
      momEta: 0.05,
      momMu: 0.9,
      nagEta: 0.05,
      nagMu: 0.9,
      adagradEta: 0.5,
      rmsEta: 0.05,
      rmsDecay: 0.9,
      adamEta: 0.05,
      adamB1: 0.9,
      adamB2: 0.999,
    },
  },
  {
    id: 'ill-conditioned',
    label: 'Ill-conditioned bowl',
    comment:
      'The ravine runs diagonally, so rescaling each coordinate (AdaGrad, RMSProp, Adam) does not straighten it, while momentum, which builds up speed along the floor, wins easily.',
    values: {
      ...ALL_ON,
      surface: 'ill-conditioned-bowl',
      x: -2.5,
      y: -1.5,
      steps: 2000,
      tol: -6,
      gdEta: 0.019,
      momEta: 0.004,
      momMu: 0.9,
      nagEta: 0.004,
      nagMu: 0.9,
      adagradEta: 0.5,
      rmsEta: 0.02,
      rmsDecay: 0.9,
      adamEta: 0.05,
      adamB1: 0.9,
      adamB2: 0.999,
    },
  },
  {
    id: 'himmelblau-peak',
    label: 'Himmelblau from the central peak',
    comment:
      'Starting beside the local maximum in the middle of Himmelblau’s four minima, the optimisers do not even agree on where to go: the plain and momentum methods end at (3.58, −1.85), the adaptive ones at (3, 2).',
    values: {
      ...ALL_ON,
      surface: 'himmelblau',
      x: -0.27,
      y: -0.92,
      steps: 2000,
      tol: -6,
      gdEta: 0.01,
      momEta: 0.002,
      momMu: 0.9,
      nagEta: 0.002,
      nagMu: 0.9,
      adagradEta: 0.5,
      rmsEta: 0.01,
      rmsDecay: 0.9,
      adamEta: 0.05,
      adamB1: 0.9,
      adamB2: 0.999,
    },
  },
];

export function presetById(id: PresetId): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
