// A descent run's settings for the playground's tests: plain gradient descent from (−1.5, 2)
// on the default window, with `patch` on top.
import type { RunSpec } from '~/widgets/playground/descentRuns';

export const window = { x: [-2, 2] as const, y: [-1, 3] as const };

export const spec = (patch: Partial<RunSpec> = {}, maxSteps = 500): RunSpec => ({
  optimizer: 'gradient-descent',
  learningRate: 0.001,
  momentum: 0.9,
  decay: 0.999,
  start: [-1.5, 2],
  maxSteps,
  ...patch,
});
