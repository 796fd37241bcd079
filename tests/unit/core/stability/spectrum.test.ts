import { describe, expect, it } from 'vitest';
import { tenPointLine } from '~/core/data/ten-point-line';
import { CoreError } from '~/core/errors';
import { designMatrix, fromRows, gram, normalEquations } from '~/core/linalg';
import { leastSquaresLoss } from '~/core/loss/least-squares';
import { configure, descentPath, gradientDescent } from '~/core/optim';
import {
  convergenceFactorCurve,
  errorComponents,
  errorSpectrum,
  stepThresholds,
  steppedHessian,
  worstRate,
} from '~/core/stability';
import lecture from '../../../fixtures/linalg/lecture004.json';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
const D = fromRows([
  [1, 0],
  [0, 4],
]);

describe('convergenceFactorCurve', () => {
  it('H = diag(1, 4): max(|1 − η|, |1 − 4η|), corners at 1/4, 2/5 and 1/2 sampled exactly', () => {
    const c = convergenceFactorCurve(D, { etaMax: 0.6, samples: 13 });
    expect(c.thresholds.monotoneLimit).toBe(0.25);
    expect(c.thresholds.bestFixedStep).toBe(0.4);
    expect(c.thresholds.criticalLearningRate).toBe(0.5);
    for (const t of [0.25, 0.4, 0.5]) expect(Array.from(c.eta)).toContain(t);
    expect(c.eta[0]).toBe(0);
    expect(c.eta[c.eta.length - 1]).toBeCloseTo(0.6, 15);
    for (let k = 1; k < c.eta.length; k++) expect(c.eta[k]!).toBeGreaterThan(c.eta[k - 1]!);
    c.eta.forEach((e, k) => expect(c.factor[k]).toBeCloseTo(Math.max(Math.abs(1 - e), Math.abs(1 - 4 * e)), 14));
    const at = (e: number) => c.factor[Array.from(c.eta).indexOf(e)]!;
    expect(at(0.25)).toBe(0.75);
    expect(at(0.4)).toBeCloseTo(0.6, 15); // (κ − 1)/(κ + 1) = 3/5
    expect(at(0.5)).toBe(1);
    // the minimum of the curve is the best fixed step
    expect(Math.min(...c.factor)).toBeCloseTo(c.thresholds.bestRate, 15);
  });

  it('agrees with worstRate, defaults to 201 samples up to 1.25 · 2/λ_max, never returns ∞', () => {
    const c = convergenceFactorCurve(D);
    expect(c.eta[c.eta.length - 1]).toBeCloseTo(0.625, 15);
    expect(c.eta.length).toBeGreaterThanOrEqual(201);
    for (let k = 1; k < c.eta.length; k += 17) expect(c.factor[k]).toBe(worstRate(c.eta[k]!, D));
    const huge = convergenceFactorCurve(D, { etaMax: 1e308, samples: 3 });
    expect(Array.from(huge.factor).every(Number.isFinite)).toBe(true);
  });

  it('rejects bad options and a Hessian that is not positive semi-definite', () => {
    expect(() => convergenceFactorCurve(D, { samples: 1 })).toThrow(CoreError);
    expect(() => convergenceFactorCurve(D, { etaMax: 0 })).toThrow(CoreError);
    expect(() => convergenceFactorCurve(D, { etaMax: NaN })).toThrow(CoreError);
    expect(() =>
      convergenceFactorCurve(
        fromRows([
          [1, 0],
          [0, -1],
        ]),
      ),
    ).toThrow(CoreError);
  });
});

describe('errorComponents and errorSpectrum', () => {
  it('the components rebuild the error: e = Σ cᵢvᵢ', () => {
    const H = fromRows([
      [3, 1],
      [1, 2],
    ]);
    const e = [0.7, -1.3];
    const spec = errorSpectrum(0.1, H, e, 0);
    const c = errorComponents(e, H);
    for (let j = 0; j < 2; j++)
      expect(c[0]! * spec.directions[0]![j]! + c[1]! * spec.directions[1]![j]!).toBeCloseTo(e[j]!, 14);
    expect(spec.errorNorm[0]).toBeCloseTo(Math.hypot(0.7, -1.3), 14);
  });

  it('H = diag(1, 4), η = 0.4: the components shrink by 0.6 and flip by −0.6 every step', () => {
    const s = errorSpectrum(0.4, D, [2, 3], 5);
    expect(Array.from(s.lambdas)).toEqual([1, 4]);
    expect(s.factors[0]).toBeCloseTo(0.6, 15);
    expect(s.factors[1]).toBeCloseTo(-0.6, 15);
    for (let k = 0; k <= 5; k++) {
      expect(Math.abs(s.components[0]![k]!)).toBeCloseTo(2 * 0.6 ** k, 14);
      expect(Math.abs(s.components[1]![k]!)).toBeCloseTo(3 * 0.6 ** k, 14);
      expect(s.errorNorm[k]).toBeCloseTo(Math.hypot(2, 3) * 0.6 ** k, 13);
    }
    expect(Math.sign(s.components[1]![1]!)).toBe(-Math.sign(s.components[1]![0]!));
  });

  it.each([0.002, 0.0055, 0.0065])(
    'chapter 6 data, η = %s: matches gradient descent’s own iterates, step by step',
    (eta) => {
      const { x, y } = tenPointLine();
      const X = designMatrix(x);
      const loss = leastSquaresLoss(X, y, { halfGradient: true });
      const H = steppedHessian(loss);
      const betaHat = normalEquations(X, y);
      const run = descentPath(loss, configure(gradientDescent, { learningRate: eta }), [-8, -2], { maxSteps: 300 });
      const s = errorSpectrum(eta, H, [-8 - betaHat[0]!, -2 - betaHat[1]!], run.steps);
      for (let k = 0; k <= run.steps; k++) {
        const p = run.points[k]!;
        for (let j = 0; j < 2; j++) {
          const e = s.components[0]![k]! * s.directions[0]![j]! + s.components[1]![k]! * s.directions[1]![j]!;
          expect(Math.abs(e - (p[j]! - betaHat[j]!))).toBeLessThan(1e-9 * (1 + s.errorNorm[k]!));
        }
      }
    },
  );

  it('a diverging η saturates at the largest double instead of ∞; a zero component stays 0', () => {
    const s = errorSpectrum(1e300, D, [1, 0], 10);
    for (const c of s.components) expect(Array.from(c).every(Number.isFinite)).toBe(true);
    expect(Array.from(s.components[1]!).every((v) => v === 0)).toBe(true);
    expect(s.errorNorm[10]).toBe(Number.MAX_VALUE);
  });

  it('rejects a bad η, step count or error', () => {
    expect(() => errorSpectrum(-1, D, [1, 1], 3)).toThrow(CoreError);
    expect(() => errorSpectrum(0.1, D, [1, 1], 2.5)).toThrow(CoreError);
    expect(() => errorSpectrum(0.1, D, [1, NaN], 3)).toThrow(CoreError);
    expect(() => errorSpectrum(0.1, D, [1], 3)).toThrow(CoreError);
  });
});

describe('the factor-2 convention', () => {
  const { x, y } = tenPointLine();
  const X = designMatrix(x);

  it('the chapters’ halved gradient steps on XᵀX: landmarks as numpy computes them for XᵀX', () => {
    const H = steppedHessian(leastSquaresLoss(X, y, { halfGradient: true }));
    expect(Array.from(H.data)).toEqual(Array.from(gram(X).data));
    const t = convergenceFactorCurve(H).thresholds;
    expect(rel(t.criticalLearningRate, lecture.criticalLearningRate)).toBeLessThan(1e-13);
    expect(rel(t.bestFixedStep, lecture.bestFixedStep)).toBeLessThan(1e-13);
    expect(rel(t.monotoneLimit, lecture.monotoneLimit)).toBeLessThan(1e-13);
    // the chapter's three runs: 0.002 converges, 0.0055 oscillates but converges, 0.0065 diverges
    const c = convergenceFactorCurve(H, { etaMax: 0.0065, samples: 2 });
    expect(c.factor[c.factor.length - 1]!).toBeGreaterThan(1);
  });

  it('the true gradient 2XᵀXβ − 2Xᵀy steps on 2XᵀX: every landmark halves', () => {
    const half = stepThresholds(steppedHessian(leastSquaresLoss(X, y, { halfGradient: true })));
    const full = stepThresholds(steppedHessian(leastSquaresLoss(X, y)));
    expect(full.criticalLearningRate).toBe(half.criticalLearningRate / 2);
    expect(full.bestFixedStep).toBe(half.bestFixedStep / 2);
    expect(full.monotoneLimit).toBe(half.monotoneLimit / 2);
    expect(full.conditionNumber).toBeCloseTo(half.conditionNumber, 12);
  });
});
