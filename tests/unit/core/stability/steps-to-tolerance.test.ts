import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../../src/core/errors';
import { stepsToTolerance, type StepsToTolerance } from '../../../../src/core/stability/steps-to-tolerance';
import { featureScalingProblem, SCALINGS, toProblemWeights } from '../../../../src/core/data/feature-scaling';
import type { Matrix } from '../../../../src/core/linalg/matrix';

/**
 * A 2 × 2 problem as a 3 × 3 one with a third coordinate already at its minimum: the general
 * loop then does the two-parameter path's arithmetic plus exact zeros, so it is the reference.
 */
function embedded(h: Matrix, m: number[], st: number[]): [Matrix, number[], number[]] {
  const [a, b, c, d] = h.data;
  return [{ rows: 3, cols: 3, data: Float64Array.of(a!, b!, 0, c!, d!, 0, 0, 0, 1) }, [...m, 0], [...st, 0]];
}

/** The excess after each of the first `steps` steps of a 2 × 2 problem (to set a tolerance exactly on one). */
function excesses(h: Matrix, m: number[], st: number[], eta: number, steps: number): number[] {
  const H = h.data;
  let e = [st[0]! - m[0]!, st[1]! - m[1]!];
  const out: number[] = [];
  for (let k = 0; k <= steps; k++) {
    const r = [0 + H[0]! * e[0]! + H[1]! * e[1]!, 0 + H[2]! * e[0]! + H[3]! * e[1]!];
    out.push((0 + e[0]! * r[0]! + e[1]! * r[1]!) / 2);
    e = [e[0]! - eta * r[0]!, e[1]! - eta * r[1]!];
  }
  return out;
}

const diag = (a: number, b: number) => ({ rows: 2, cols: 2, data: Float64Array.of(a, 0, 0, b) });

describe('stepsToTolerance', () => {
  it('matches the closed form on a diagonal quadratic', () => {
    // H = diag(2, 2), η = 0.25: e ← e/2 each step, excess = |e|²; from e = (1, 0): excess 4^-k
    const r = stepsToTolerance(diag(2, 2), [0, 0], [1, 0], 0.25, 1e-6);
    // 4^-k < 1e-6 ⇔ k > 9.97
    expect(r).toEqual({ status: 'reached', steps: 10 });
  });
  it('counts an exact landing as one step and a start inside the tolerance as zero', () => {
    expect(stepsToTolerance(diag(2, 2), [1, 1], [3, -2], 0.5, 1e-12)).toEqual({ status: 'reached', steps: 1 });
    expect(stepsToTolerance(diag(2, 2), [1, 1], [1, 1], 0.5, 1e-12)).toEqual({ status: 'reached', steps: 0 });
  });
  it('reports divergence above 2/λ_max and a budget too small', () => {
    expect(stepsToTolerance(diag(1, 10), [0, 0], [1, 1], 0.21, 1e-6).status).toBe('diverged');
    expect(stepsToTolerance(diag(1, 10), [0, 0], [1, 1], 0.2, 1e-6).status).toBe('not-reached'); // factor −1: bounces for ever
    expect(stepsToTolerance(diag(1, 10), [0, 0], [1, 1], 0.01, 1e-6, 10)).toEqual({
      status: 'not-reached',
      steps: null,
    });
  });
  it('rejects bad input with CoreError', () => {
    const H = diag(1, 1);
    expect(() => stepsToTolerance(H, [0, 0], [1], 0.1, 1e-6)).toThrow(CoreError);
    expect(() => stepsToTolerance(H, [0, 0], [1, 1], 0, 1e-6)).toThrow(CoreError);
    expect(() => stepsToTolerance(H, [0, 0], [1, 1], 0.1, -1)).toThrow(CoreError);
    expect(() => stepsToTolerance(H, [0, 0], [NaN, 1], 0.1, 1e-6)).toThrow(CoreError);
    expect(() => stepsToTolerance(H, [0, 0], [1, 1], 0.1, 1e-6, 1.5)).toThrow(CoreError);
    expect(() =>
      stepsToTolerance({ rows: 2, cols: 2, data: Float64Array.of(1, 2, 3, 4) }, [0, 0], [1, 1], 0.1, 1e-6),
    ).toThrow(CoreError);
  });
  it('two parameters: the same count to the step as the general loop on the problem embedded in three', () => {
    const same = (h: Matrix, m: number[], st: number[], eta: number, tol: number, max = 400_000): StepsToTolerance => {
      const got = stepsToTolerance(h, m, st, eta, tol, max);
      expect(got).toEqual(stepsToTolerance(...embedded(h, m, st), eta, tol, max));
      return got;
    };
    // chapter 7's panels, at their best step and at the shared steps the widget offers, from several starts
    for (const scaling of SCALINGS) {
      const pr = featureScalingProblem(scaling);
      const m = [...pr.minimiser];
      for (const raw of [
        [0, 0],
        [10, -3],
        [-40, 4.5],
        [3.2, 0.07],
      ]) {
        const st = toProblemWeights(pr, raw);
        for (const eta of [pr.steps.bestFixedStep, 0.0003, 0.05, pr.steps.criticalLearningRate * 1.001])
          same(pr.hessian, m, st, eta, 1e-6);
      }
    }
    expect(
      stepsToTolerance(
        featureScalingProblem('none').hessian,
        featureScalingProblem('none').minimiser,
        [0, 0],
        featureScalingProblem('none').steps.bestFixedStep,
        1e-6,
      ).steps,
    ).toBe(90566);
    // random symmetric positive-definite (and a few indefinite) 2 × 2 Hessians, seeded
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) % 4294967296;
      return seed / 4294967296;
    };
    const seen = new Set<string>();
    for (let t = 0; t < 300; t++) {
      const angle = rand() * Math.PI;
      const l1 = 10 ** (rand() * 4 - 2);
      const l2 = t % 25 === 0 ? -l1 / 10 : l1 * 10 ** (rand() * 4);
      const c = Math.cos(angle);
      const sn = Math.sin(angle);
      const a = l1 * c * c + l2 * sn * sn;
      const b = (l1 - l2) * c * sn;
      const d = l1 * sn * sn + l2 * c * c;
      const h = { rows: 2, cols: 2, data: Float64Array.of(a, b, b, d) };
      const lmax = Math.max(Math.abs(l1), Math.abs(l2));
      const eta = (rand() * 2.1) / lmax;
      const r = same(
        h,
        [rand() * 4 - 2, rand() * 4 - 2],
        [rand() * 10 - 5, rand() * 10 - 5],
        eta,
        10 ** -(rand() * 10),
        20_000,
      );
      seen.add(r.status);
      // the tolerance set exactly to the excess after some step: the count then hangs on the last bit of every step
      const q = excesses(h, [0.5, -1], [3, 2], eta, 120)[20 + (t % 100)]!;
      if (q > 0 && Number.isFinite(q)) same(h, [0.5, -1], [3, 2], eta, q, 200);
    }
    expect([...seen].sort()).toEqual(['diverged', 'not-reached', 'reached']);
  });
});
