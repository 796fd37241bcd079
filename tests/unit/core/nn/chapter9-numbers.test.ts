// The numbers chapter 9 prints from its numpy listings, recomputed by the core that the
// widgets run: the page and the widgets must tell the same story.
import { describe, expect, it } from 'vitest';
import { twoMoons } from '~/core/data/two-moons';
import {
  filterNormalisedDirection,
  initialParameters,
  lossLandscape,
  mlpLayout,
  networkLoss,
  pathPlane,
  predict,
  train,
} from '~/core/nn';
import { adam, configure } from '~/core/optim';
import { RandomState } from '~/core/random/randomState';

/** |a − b| within the rounding of `digits` significant digits of b. */
function sameTo(a: number, b: number, digits: number): void {
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(b))) - digits + 1);
  expect(Math.abs(a - b)).toBeLessThanOrEqual(scale / 2 + 1e-12);
}

describe('chapter 9 (neurons and networks)', () => {
  it('the forward pass of the 3-4-4-1 network, θ₀ from seed 0, at x = (1, 0.5, −1)', () => {
    const layout = mlpLayout([3, 4, 4, 1]);
    expect(layout.size).toBe(41);
    const theta = initialParameters(layout, 'tanh', 0);
    expect(theta[0]).toBeCloseTo(1.018, 3);
    const { logits, probabilities } = predict(layout, 'tanh', theta, Float64Array.from([1, 0.5, -1]));
    expect(logits[0]).toBeCloseTo(-0.134, 3);
    expect(probabilities[0]).toBeCloseTo(0.467, 3);
  });

  const data = twoMoons({ n: 200, seed: 0, noise: 0.1 });
  const layout = mlpLayout([2, 8, 8, 1]);
  const loss = networkLoss(layout, 'tanh', data);
  const run = train(loss, configure(adam, { learningRate: 0.01 }), initialParameters(layout, 'tanh', 1), {
    steps: 2000,
  });

  it('two moons and its training with Adam, η = 0.01', () => {
    expect(data.x[0]).toBeCloseTo(-0.04, 3);
    expect(data.x[5]).toBeCloseTo(1.141, 3);
    sameTo(run.losses[0]!, 0.649, 3);
    sameTo(run.losses[100]!, 0.121, 3);
    sameTo(run.losses[500]!, 0.00081, 2);
    sameTo(run.losses[2000]!, 5.64e-5, 3);
    expect(loss.accuracy(run.snapshots[0]!)).toBe(0.71);
    expect(loss.accuracy(run.theta)).toBe(1);
  });

  it('the slice along d₁ and the 21 × 21 landscape (directions from seed 2)', () => {
    const rs = new RandomState(2);
    const d1 = filterNormalisedDirection(layout, run.theta, rs);
    const d2 = filterNormalisedDirection(layout, run.theta, rs);
    const slice: [number, number, number][] = [
      [-1, 0.87, 2],
      [-0.5, 0.166, 3],
      [-0.25, 0.0164, 3],
      [0.25, 0.0199, 3],
      [0.5, 0.749, 3],
      [1, 2.07, 3],
    ];
    for (const [alpha, want, digits] of slice)
      sameTo(loss.value(run.theta.map((v, k) => v + alpha * d1[k]!)), want, digits);
    const grid = lossLandscape(loss, run.theta, d1, d2, { x: [-1, 1], y: [-1, 1], nx: 21, ny: 21 });
    expect(grid.argmin).toMatchObject({ x: 0, y: 0 });
    sameTo(grid.max, 6.004, 4);
  });

  it('the PCA plane of the path: 101 points, 93.7 % and 4.3 % of the variance', () => {
    expect(run.snapshots.length).toBe(101);
    const plane = pathPlane(run.snapshots);
    sameTo(100 * plane.explained[0], 93.7, 3);
    sameTo(100 * plane.explained[1], 4.3, 2);
  });
});
