// step-size-spectrum's model against numpy (python3: eigh of XᵀX for chapter 5–6's ten points,
// seed 1): λ = 5.455709274314725 and 312.4656264936342; from (−8, −2) the error has components
// −9.153783862198377 (soft, v = (0.9926, 0.1217)) and −1.380286864458159 (stiff, v = (−0.1217, 0.9926)).
import { describe, expect, it, vi } from 'vitest';
import { getProblem, model } from '~/widgets/step-size-spectrum/model';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('step-size-spectrum model', () => {
  it('splits the start error into the eigen-directions of XᵀX as numpy does', () => {
    const m = model({ eta: 0.0055, steps: 30 });
    const [soft, stiff] = m.directions;
    expect(rel(soft.lambda, 5.455709274314725)).toBeLessThan(1e-12);
    expect(rel(stiff.lambda, 312.4656264936342)).toBeLessThan(1e-12);
    expect(rel(soft.values[0]!, -9.153783862198377)).toBeLessThan(1e-10);
    expect(rel(stiff.values[0]!, -1.380286864458159)).toBeLessThan(1e-10);
    expect(soft.v[0]).toBeGreaterThan(0.99);
    expect(stiff.v[1]).toBeGreaterThan(0.99);
    expect(rel(m.errorNorm[0]!, 9.257264759314122)).toBeLessThan(1e-10);
  });

  it('multiplies each component by its own 1 − ηλ every step', () => {
    const m = model({ eta: 0.0055, steps: 30 });
    const [soft, stiff] = m.directions;
    expect(rel(soft.factor, 0.969993598991269)).toBeLessThan(1e-12);
    expect(rel(stiff.factor, -0.71856095)).toBeLessThan(1e-7);
    for (let k = 0; k < 30; k++) {
      expect(rel(soft.values[k + 1]!, soft.values[k]! * soft.factor)).toBeLessThan(1e-12);
      expect(rel(stiff.values[k + 1]!, stiff.values[k]! * stiff.factor)).toBeLessThan(1e-12);
    }
    expect(soft.values.length).toBe(31);
  });

  it('names the behaviour from the stiff factor and the rate', () => {
    expect(model({ eta: 0.002, steps: 30 }).behaviour).toBe('converges');
    expect(model({ eta: 0.0055, steps: 30 }).behaviour).toBe('oscillates');
    const d = model({ eta: 0.0065, steps: 30 });
    expect(d.behaviour).toBe('diverges');
    expect(rel(d.rate, 1.031026572208622)).toBeLessThan(1e-12);
    expect(Math.abs(d.directions[1].values[30]!)).toBeGreaterThan(Math.abs(d.directions[1].values[0]!));
  });

  it('the factor curve is the larger of its two branches, with the landmarks of XᵀX', () => {
    const p = getProblem();
    const t = p.curve.thresholds;
    expect(t.criticalLearningRate).toBeCloseTo(0.006401, 6);
    expect(t.bestFixedStep).toBeCloseTo(0.006291, 6);
    expect(t.monotoneLimit).toBeCloseTo(1 / 312.4656264936342, 12);
    const b = p.branches;
    const { eta, factor } = p.curve;
    // 321 samples and the landmarks.
    expect(eta.length).toBeGreaterThan(321);
    for (const column of [b.soft, b.stiff, factor]) expect(column.length).toBe(eta.length);
    for (let k = 0; k < eta.length; k++) {
      expect(factor[k]).toBeCloseTo(Math.max(b.soft[k]!, b.stiff[k]!), 12);
      expect(Number.isFinite(factor[k])).toBe(true);
    }
    expect(eta[0]).toBe(0);
    expect(eta.at(-1)).toBeCloseTo(0.008, 12);
  });

  it('works the problem out in pieces for prepareModel, the same as in one go', async () => {
    vi.resetModules();
    const fresh = await import('~/widgets/step-size-spectrum/model');
    const pieces = fresh.getProblemInSteps();
    let yields = 0;
    let r = pieces.next();
    while (r.done !== true) {
      yields++;
      r = pieces.next();
    }
    // The data and fit, the curve, then the curve's 324 samples' branches 80 at a time.
    expect(yields).toBe(6);
    expect(fresh.getProblem()).toBe(r.value);
    const once = getProblem();
    expect(Array.from(r.value.branches.soft)).toEqual(Array.from(once.branches.soft));
    expect(Array.from(r.value.branches.stiff)).toEqual(Array.from(once.branches.stiff));
    expect(r.value.minimum).toEqual(once.minimum);
  });

  it('stays finite on a diverging run over many steps', () => {
    const m = model({ eta: 0.008, steps: 200 });
    for (const d of m.directions) for (const v of d.values) expect(Number.isFinite(v)).toBe(true);
    for (const v of m.errorNorm) expect(Number.isFinite(v)).toBe(true);
  });
});
