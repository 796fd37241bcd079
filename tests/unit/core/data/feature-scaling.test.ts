import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RECIPE_WINDOW,
  SCALINGS,
  featureScalingProblem,
  toProblemWeights,
  toRawWeights,
  type Scaling,
} from '../../../../src/core/data/feature-scaling';
import { CoreError } from '../../../../src/core/errors';
import { stepsToTolerance } from '../../../../src/core/stability/steps-to-tolerance';

interface Expected {
  gram: number[];
  lambdaMin: number;
  lambdaMax: number;
  conditionNumber: number;
  minimiser: number[];
  minLoss: number;
  slopeScale: number[];
  criticalStep: number;
  bestStep: number;
  stepsAtBest: number;
  stepsAtShared: number;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/feature-scaling/feature-scaling.json', import.meta.url), 'utf8'),
) as Record<Scaling, Expected>;

const close = (a: number, b: number, rel = 1e-10) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(b)));

describe('featureScalingProblem against numpy', () => {
  for (const scaling of SCALINGS) {
    const p = featureScalingProblem(scaling);
    const e = fixture[scaling];
    it(`${scaling}: Gram matrix, eigenvalues, condition number`, () => {
      p.gram.data.forEach((v, i) => close(v, e.gram[i]!));
      close(p.gramSpectrum.lambdaMin, e.lambdaMin, 1e-8);
      close(p.gramSpectrum.lambdaMax, e.lambdaMax);
      close(p.gramSpectrum.conditionNumber, e.conditionNumber, 1e-8);
    });
    it(`${scaling}: least-squares weights, smallest MSE, slope scale`, () => {
      close(p.minimiser[0], e.minimiser[0]!, 1e-9);
      close(p.minimiser[1], e.minimiser[1]!, 1e-9);
      close(p.minLoss, e.minLoss);
      close(p.slopeScale[0]!, e.slopeScale[0]!);
      close(p.slopeScale[1]!, e.slopeScale[1]!);
    });
    it(`${scaling}: steps for the true MSE gradient (critical, best, counts to 1e-6)`, () => {
      close(p.steps.criticalLearningRate, e.criticalStep);
      close(p.steps.bestFixedStep, e.bestStep);
      const atBest = stepsToTolerance(p.hessian, p.minimiser, [0, 0], p.steps.bestFixedStep, 1e-6);
      expect(atBest).toEqual({ status: 'reached', steps: e.stepsAtBest });
      const shared = stepsToTolerance(p.hessian, p.minimiser, [0, 0], 0.0003, 1e-6);
      expect(shared).toEqual({ status: 'reached', steps: e.stepsAtShared });
    });
    it(`${scaling}: the loss is the MSE, its gradient the true one (finite differences)`, () => {
      const w = [0.7, -0.2];
      const g = p.loss.gradient(w);
      for (let i = 0; i < 2; i++) {
        const h = 1e-6;
        const a = [...w];
        const b = [...w];
        a[i]! += h;
        b[i]! -= h;
        close(g[i]!, (p.loss.value(a) - p.loss.value(b)) / (2 * h), 1e-6);
      }
    });
    it(`${scaling}: the bowl window holds the minimum and the level set through w = 0`, () => {
      const { x, y } = p.bowlWindow;
      expect(x[0] < p.minimiser[0] && p.minimiser[0] < x[1]).toBe(true);
      expect(y[0] < p.minimiser[1] && p.minimiser[1] < y[1]).toBe(true);
      expect(x[0] < 0 && 0 < x[1] && y[0] < 0 && 0 < y[1]).toBe(true);
      // the four box edges lie outside the level set {L ≤ L(0)}: sample them
      const level = p.loss.value([0, 0]);
      for (let t = 0; t <= 1; t += 0.05) {
        const u = x[0] + t * (x[1] - x[0]);
        const v = y[0] + t * (y[1] - y[0]);
        for (const q of [
          [u, y[0]],
          [u, y[1]],
          [x[0], v],
          [x[1], v],
        ])
          expect(p.loss.value(q)).toBeGreaterThan(level);
      }
    });
    it(`${scaling}: weight mapping round-trips`, () => {
      const [a, b] = toRawWeights(p, toProblemWeights(p, [2.5, 0.1]));
      close(a, 2.5);
      close(b, 0.1);
    });
  }

  it('the recipe window hides the standardised minimum (w₂ = 2.87 > 0.5) but holds the raw one', () => {
    const raw = featureScalingProblem('none').minimiser;
    const std = featureScalingProblem('standard').minimiser;
    expect(raw[1] < RECIPE_WINDOW.y[1] && raw[0] < RECIPE_WINDOW.x[1]).toBe(true);
    expect(std[1]).toBeGreaterThan(RECIPE_WINDOW.y[1]);
  });

  it('rejects an unknown scaling and memoises', () => {
    expect(() => featureScalingProblem('robust' as Scaling)).toThrow(CoreError);
    expect(featureScalingProblem('standard')).toBe(featureScalingProblem('standard'));
  });
});
