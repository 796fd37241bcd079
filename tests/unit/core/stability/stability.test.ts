import { describe, expect, it } from 'vitest';
import { tenPointLine } from '~/core/data/ten-point-line';
import { CoreError } from '~/core/errors';
import { designMatrix, fromRows, gram } from '~/core/linalg';
import {
  bestFixedStep,
  contractionFactors,
  contractionFactorsOf,
  criticalLearningRate,
  curvatures,
  monotoneLimit,
  predictBehaviour,
  stepThresholds,
  stepsToReduce,
  worstRate,
} from '~/core/stability';
import lecture from '../../../fixtures/linalg/lecture004.json';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('lecture 004: H = XᵀX with X = [1, x]', () => {
  const { x } = tenPointLine();
  const H = gram(designMatrix(x));
  const t = stepThresholds(H);

  it('uses the same data as the numpy fixture', () => {
    expect(Array.from(x)).toEqual(lecture.x);
  });
  it('λ_min, λ_max and the thresholds match numpy', () => {
    // numpy: λ_min ≈ 5.4557, λ_max ≈ 312.4656, 2/λ_max ≈ 0.0064007, 1/λ_max ≈ 0.0032004
    expect(rel(t.lambdaMin, lecture.eigenvalues[0]!)).toBeLessThan(1e-12);
    expect(rel(t.lambdaMax, lecture.eigenvalues[1]!)).toBeLessThan(1e-13);
    expect(rel(criticalLearningRate(H), lecture.criticalLearningRate)).toBeLessThan(1e-13);
    expect(rel(monotoneLimit(H), lecture.monotoneLimit)).toBeLessThan(1e-13);
    expect(rel(bestFixedStep(H), lecture.bestFixedStep)).toBeLessThan(1e-13);
    expect(rel(t.conditionNumber, lecture.conditionNumber)).toBeLessThan(1e-12);
    // the record, as numpy prints them
    expect(t.lambdaMin).toBeCloseTo(5.45570927, 8);
    expect(t.lambdaMax).toBeCloseTo(312.46562649, 8);
    expect(t.conditionNumber).toBeCloseTo(57.27314466, 8);
    expect(t.bestFixedStep).toBeCloseTo(0.00629086436, 11);
    expect(t.criticalLearningRate).toBeCloseTo(0.0064007, 7);
    expect(t.monotoneLimit).toBeCloseTo(0.0032004, 7);
  });
  it("classifies the lecture's three learning rates", () => {
    expect(predictBehaviour(0.002, H)).toBe('converges');
    expect(predictBehaviour(0.0055, H)).toBe('oscillates');
    expect(predictBehaviour(0.0065, H)).toBe('diverges');
  });
  it('the landmarks themselves', () => {
    expect(predictBehaviour(t.criticalLearningRate, H)).toBe('borderline');
    expect(predictBehaviour(t.monotoneLimit, H)).toBe('converges');
    expect(predictBehaviour(t.bestFixedStep, H)).toBe('oscillates');
    expect(predictBehaviour(t.criticalLearningRate * (1 + 1e-9), H)).toBe('diverges');
    expect(predictBehaviour(t.criticalLearningRate * (1 - 1e-9), H)).toBe('oscillates');
  });
  it('contraction factors 1 − ηλ per eigendirection', () => {
    const f = contractionFactors(0.0055, H);
    expect(f).toHaveLength(2);
    expect(f[0]!.factor).toBeCloseTo(1 - 0.0055 * lecture.eigenvalues[0]!, 14);
    expect(f[1]!.factor).toBeCloseTo(1 - 0.0055 * lecture.eigenvalues[1]!, 14);
    expect(f[1]!.factor).toBeLessThan(0); // the stiff direction flips side
    expect(f[1]!.rate).toBe(Math.abs(f[1]!.factor));
    // eigenvectors match numpy's up to sign
    const v = lecture.eigenvectors; // columns
    expect(Math.abs(f[1]!.direction[0]! * v[0]![1]! + f[1]!.direction[1]! * v[1]![1]!)).toBeCloseTo(1, 12);
    expect(worstRate(0.0065, H)).toBeGreaterThan(1);
  });
  it('contraction factors from curvatures worked out once are the same, to the last bit', () => {
    const c = curvatures(H);
    for (const eta of [1e-4, 0.0055, 0.0065, 0.02])
      expect(contractionFactorsOf(eta, c)).toEqual(contractionFactors(eta, H));
    expect(() => contractionFactorsOf(0, c)).toThrow(CoreError);
  });
  it('at the best fixed step the worst rate is (κ − 1)/(κ + 1), and no other step does better', () => {
    expect(worstRate(t.bestFixedStep, H)).toBeCloseTo(t.bestRate, 14);
    for (const s of [0.9, 0.99, 1.01, 1.1]) expect(worstRate(s * t.bestFixedStep, H)).toBeGreaterThan(t.bestRate);
  });
  it('predicted steps = ceil(log(tol)/log(ρ)), checked by iterating the slow factor', () => {
    const eta = 0.002;
    const rho = 1 - eta * t.lambdaMin; // the slow direction dominates below 1/λ_max
    const steps = stepsToReduce(eta, H, 1e-6);
    expect(steps).toBe(Math.ceil(Math.log(1e-6) / Math.log(rho)));
    expect(rho ** steps).toBeLessThanOrEqual(1e-6);
    expect(rho ** (steps - 1)).toBeGreaterThan(1e-6);
    expect(stepsToReduce(0.0065, H, 1e-6)).toBe(Infinity);
    expect(stepsToReduce(t.criticalLearningRate, H, 1e-6)).toBe(Infinity);
    expect(stepsToReduce(t.bestFixedStep, H, 1e-6)).toBeLessThan(steps);
  });
});

describe('closed forms on diagonal Hessians', () => {
  const H = fromRows([
    [1, 0, 0],
    [0, 4, 0],
    [0, 0, 10],
  ]);
  it('thresholds', () => {
    expect(criticalLearningRate(H)).toBe(0.2);
    expect(monotoneLimit(H)).toBe(0.1);
    expect(bestFixedStep(H)).toBe(2 / 11);
    expect(stepThresholds(H).conditionNumber).toBe(10);
  });
  it('one step kills everything when all curvatures are equal and η = 1/λ', () => {
    expect(
      stepsToReduce(
        0.5,
        fromRows([
          [2, 0],
          [0, 2],
        ]),
        1e-9,
      ),
    ).toBe(1);
  });
  it('an exact power gives exactly that many steps', () => {
    // ρ = 1/2, reduction 2⁻¹⁰ → 10 steps
    expect(
      stepsToReduce(
        0.5,
        fromRows([
          [1, 0],
          [0, 1],
        ]),
        2 ** -10,
      ),
    ).toBe(10);
  });
  it('flat directions (λ = 0) are allowed and ignored by the rate', () => {
    const flat = fromRows([
      [1, 1],
      [1, 1],
    ]); // all x equal: λ = 0 and 2
    expect(curvatures(flat).lambdaMin).toBe(0);
    expect(predictBehaviour(0.5, flat)).toBe('converges');
    expect(stepThresholds(flat).conditionNumber).toBe(Infinity);
    expect(worstRate(0.25, flat)).toBe(0.5);
  });
});

describe('bad input', () => {
  it('rejects non-positive or non-finite η', () => {
    const H = fromRows([
      [1, 0],
      [0, 2],
    ]);
    for (const eta of [0, -1, NaN, Infinity]) expect(() => predictBehaviour(eta, H)).toThrow(CoreError);
    expect(() => stepsToReduce(0.1, H, 1)).toThrow(/between 0 and 1/);
    expect(() => stepsToReduce(0.1, H, 0)).toThrow(CoreError);
  });
  it('rejects indefinite, zero, non-symmetric and non-square Hessians', () => {
    expect(() =>
      criticalLearningRate(
        fromRows([
          [1, 0],
          [0, -1],
        ]),
      ),
    ).toThrow(/positive semi-definite/);
    expect(() =>
      criticalLearningRate(
        fromRows([
          [0, 0],
          [0, 0],
        ]),
      ),
    ).toThrow(/no positive curvature/);
    expect(() =>
      criticalLearningRate(
        fromRows([
          [1, 2],
          [0, 1],
        ]),
      ),
    ).toThrow(/symmetric/);
    expect(() => criticalLearningRate(fromRows([[1, 2]]))).toThrow(/square/);
  });
});
