import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../../src/core/errors';
import { basinMap, basinRows, countBasins, DIVERGED, STALLED, type BasinOptimizer } from '../../../../src/core/optim/basin-map';
import { descentPath } from '../../../../src/core/optim/descent-path';
import { configure, type AnyConfiguredOptimizer } from '../../../../src/core/optim/optimizer';
import { gradientDescent } from '../../../../src/core/optim/gradient-descent';
import { momentum } from '../../../../src/core/optim/momentum';
import { nesterov } from '../../../../src/core/optim/nesterov';
import { adagrad } from '../../../../src/core/optim/adagrad';
import { rmsprop } from '../../../../src/core/optim/rmsprop';
import { adam } from '../../../../src/core/optim/adam';
import { linspaceAt } from '../../../../src/core/grid/grid';
import { SURFACES } from '../../../../src/core/surfaces/catalogue';

const himmelblau = SURFACES.himmelblau;
const minima = himmelblau.minima;
const spec = (eta: number, n = 64) => ({
  objective: himmelblau,
  minima,
  window: { x: [-6, 6] as const, y: [-6, 6] as const },
  n,
  optimizer: { id: 'gradient-descent' as const, learningRate: eta },
  maxSteps: 2000,
});

describe('basinMap', () => {
  it("reproduces chapter 8's numpy counts on Himmelblau (64 × 64 starts on [−6, 6]², 2000 steps)", () => {
    // the catalogue lists the minima in the same order as the chapter: (3, 2), (−2.81, 3.13), (−3.78, −3.28), (3.58, −1.85)
    expect(minima.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100])).toEqual([[3, 2], [-2.81, 3.13], [-3.78, -3.28], [3.58, -1.85]]);
    const expected: Record<string, [number[], number, number]> = {
      '0.01': [[1087, 1056, 976, 977], 0, 0],
      '0.015': [[1088, 1048, 0, 953], 11, 996],
      '0.02': [[1050, 898, 0, 0], 431, 1717],
    };
    for (const [eta, [per, div, stall]] of Object.entries(expected)) {
      const c = countBasins(basinMap(spec(Number(eta))).labels, 4);
      expect(c).toEqual({ perMinimum: per, diverged: div, stalled: stall });
    }
  });

  it('row ranges put together give the whole map', () => {
    const whole = basinMap(spec(0.015, 16));
    const a = basinRows(spec(0.015, 16), 0, 7);
    const b = basinRows(spec(0.015, 16), 7, 16);
    expect([...a.labels, ...b.labels]).toEqual([...whole.labels]);
    expect([...a.steps, ...b.steps]).toEqual([...whole.steps]);
  });

  const optimisers: [BasinOptimizer, AnyConfiguredOptimizer][] = [
    [{ id: 'gradient-descent', learningRate: 0.01 }, configure(gradientDescent, { learningRate: 0.01 })],
    [{ id: 'momentum', learningRate: 0.002, momentum: 0.9 }, configure(momentum, { learningRate: 0.002, momentum: 0.9 })],
    [{ id: 'nesterov', learningRate: 0.002, momentum: 0.9 }, configure(nesterov, { learningRate: 0.002, momentum: 0.9 })],
    [{ id: 'adagrad', learningRate: 0.5 }, configure(adagrad, { learningRate: 0.5 })],
    [{ id: 'rmsprop', learningRate: 0.01 }, configure(rmsprop, { learningRate: 0.01 })],
    [{ id: 'adam', learningRate: 0.05 }, configure(adam, { learningRate: 0.05 })],
  ];
  for (const [o, configured] of optimisers) {
    it(`${o.id}: the same iterates as the core optimiser run by descentPath`, () => {
      const n = 6;
      const s = { ...spec(0.01, n), optimizer: o, maxSteps: 300 };
      const map = basinMap(s);
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const start = [linspaceAt(-6, 6, n, i), linspaceAt(-6, 6, n, j)];
          const run = descentPath(himmelblau, configured, start, { maxSteps: 300, gradTolerance: 1e-6 });
          const at = j * n + i;
          if (run.status === 'diverged') {
            expect(map.labels[at]).toBe(DIVERGED);
            continue;
          }
          const last = run.points[run.steps]!;
          const m = minima.findIndex(([x, y]) => Math.hypot(x - last[0]!, y - last[1]!) < 1e-3);
          const converged = run.status === 'converged' || run.status === 'converged-with-oscillation';
          expect(map.labels[at]).toBe(converged && m >= 0 ? m : STALLED);
          expect(map.steps[at]).toBe(run.steps);
        }
      }
    });
  }

  it('a start on the ridge of the two wells stops at the saddle and is labelled stalled', () => {
    const w = SURFACES['double-well'];
    const m = basinMap({ objective: w, minima: w.minima, window: { x: [-1, 1], y: [-1, 1] }, n: 3, optimizer: { id: 'gradient-descent', learningRate: 0.05 }, maxSteps: 1000 });
    // the middle column is x = 0: the ridge
    expect([m.labels[1], m.labels[4], m.labels[7]]).toEqual([STALLED, STALLED, STALLED]);
    expect(m.labels[0]).toBe(0);
    expect(m.labels[2]).toBe(1);
  });

  it('rejects bad specs with CoreError', () => {
    expect(() => basinMap(spec(0.01, 1))).toThrow(CoreError);
    expect(() => basinMap(spec(0.01, 1000))).toThrow(CoreError);
    expect(() => basinMap(spec(-1, 8))).toThrow(CoreError);
    expect(() => basinMap({ ...spec(0.01, 8), maxSteps: 0 })).toThrow(CoreError);
    expect(() => basinMap({ ...spec(0.01, 8), window: { x: [1, 0], y: [0, 1] } })).toThrow(CoreError);
    expect(() => basinMap({ ...spec(0.01, 8), optimizer: { id: 'adam', learningRate: 0.1, beta1: 1 } })).toThrow(CoreError);
    expect(() => basinRows(spec(0.01, 8), 3, 2)).toThrow(CoreError);
  });
});
