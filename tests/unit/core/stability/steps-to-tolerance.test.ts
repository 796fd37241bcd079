import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../../src/core/errors';
import { stepsToTolerance } from '../../../../src/core/stability/steps-to-tolerance';

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
});
