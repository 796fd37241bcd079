/** The small task the network-landscape tests train: 60 two-moons points, [2, 4, 4, 1], 300 Adam steps. */
import type { TaskInput } from '~/widgets/network-landscape/training-task';

export const smallInput: TaskInput = {
  setup: {
    dataset: 'two-moons',
    n: 60,
    noise: 0.1,
    dataSeed: 0,
    hidden: [4, 4],
    activation: 'tanh',
    optimizer: 'adam',
    learningRate: 0.03,
    steps: 300,
    initSeed: 1,
  },
  runTo: 300,
  mode: 'random',
  directionSeed: 2,
  resolution: 11,
  decisionResolution: 9,
};
