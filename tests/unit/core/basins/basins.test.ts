import { describe, expect, it } from 'vitest';
import {
  BASIN_DIVERGED,
  BASIN_ELSEWHERE,
  BASIN_SADDLE,
  BASIN_STALLED,
  basinChunk,
  basinRowChunks,
} from '~/core/basins';
import { CoreError } from '~/core/errors';
import {
  adagrad,
  adam,
  backtracking,
  configure,
  descentPath,
  gradientDescent,
  momentum,
  nesterov,
  rmsprop,
} from '~/core/optim';
import { doubleWell, himmelblau, plateau, rosenbrock, sixHumpCamel } from '~/core/surfaces';

const gd = (eta: number) => configure(gradientDescent, { learningRate: eta });

describe('basinChunk on Himmelblau', () => {
  const grid = { x: himmelblau.window.x, y: himmelblau.window.y, nx: 25, ny: 25 };
  const map = basinChunk(himmelblau, gd(0.01), { grid });

  it('labels every start of a 25 × 25 grid, nearly all with one of the four minima, each present', () => {
    expect(map.labels).toHaveLength(625);
    expect(map.iterations).toHaveLength(625);
    const counts = [0, 0, 0, 0];
    for (const l of map.labels) if (l >= 0) counts[l]!++;
    for (const c of counts) expect(c).toBeGreaterThan(40);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(0.97 * 625);
  });

  it('each basin contains its minimum: the starts nearest each minimum are labelled with it', () => {
    himmelblau.criticalPoints.minima.forEach((m, index) => {
      const i = Math.round(((m.x - grid.x[0]) / (grid.x[1] - grid.x[0])) * 24);
      const j = Math.round(((m.y - grid.y[0]) / (grid.y[1] - grid.y[0])) * 24);
      expect(map.labels[j * 25 + i]).toBe(index);
    });
  });

  it('a start at a minimum stays there: label its index, 0 iterations', () => {
    const at = basinChunk(himmelblau, gd(0.01), { grid: { x: [3, 4], y: [2, 3], nx: 2, ny: 2 } });
    expect(at.labels[0]).toBe(0);
    expect(at.iterations[0]).toBe(0);
  });

  it('computed in row chunks it is the same map', () => {
    const parts = basinRowChunks(25, 7).map((rows) => basinChunk(himmelblau, gd(0.01), { grid, rows }));
    expect(parts.map((p) => [p.rowStart, p.rowEnd])).toEqual([
      [0, 7],
      [7, 14],
      [14, 21],
      [21, 25],
    ]);
    const labels = new Int16Array(625);
    const iterations = new Int32Array(625);
    for (const p of parts) {
      labels.set(p.labels, p.rowStart * 25);
      iterations.set(p.iterations, p.rowStart * 25);
    }
    expect(labels).toEqual(map.labels);
    expect(iterations).toEqual(map.iterations);
  });

  it('a step beyond 2/λ at every minimum (η = 0.1; λ_max ≥ 82) diverges from every start that is not a critical point', () => {
    const d = basinChunk(himmelblau, gd(0.1), { grid: { ...grid, nx: 12, ny: 12 } });
    for (const l of d.labels) expect(l).toBe(BASIN_DIVERGED);
  });

  it('works with all seven optimisers and their hyperparameters: the basin of (3, 2) holds (3.5, 2.5)', () => {
    const g1 = { x: [3.5, 4] as [number, number], y: [2.5, 3] as [number, number], nx: 2, ny: 2 };
    for (const opt of [
      gd(0.01),
      configure(momentum, { learningRate: 0.002, momentum: 0.9 }),
      configure(nesterov, { learningRate: 0.002, momentum: 0.9 }),
      configure(adagrad, { learningRate: 0.5 }),
      configure(rmsprop, { learningRate: 0.01, decay: 0.9 }),
      configure(adam, { learningRate: 0.02 }),
      configure(backtracking, { initialStep: 1 }),
    ]) {
      expect(basinChunk(himmelblau, opt, { grid: g1, maxIterations: 5000 }).labels[0]).toBe(0);
    }
  });
});

describe('basinChunk: saddles, plateaus, stalls', () => {
  it('two wells: mirror-symmetric basins, and the starts on x = 0 slide into the saddle and are labelled so', () => {
    const m = basinChunk(doubleWell, gd(0.05), { grid: { x: [-2, 2], y: [-1.5, 1.5], nx: 9, ny: 7 } });
    for (let j = 0; j < 7; j++) {
      for (let i = 0; i < 9; i++) {
        const l = m.labels[j * 9 + i]!;
        if (i < 4) expect(l).toBe(0);
        if (i > 4) expect(l).toBe(1);
        if (i === 4) {
          expect(l).toBe(BASIN_SADDLE);
          expect(m.critical[j * 9 + i]).toBe(0);
        } else expect(m.critical[j * 9 + i]).toBe(-1);
      }
    }
  });

  it('a start exactly at a saddle stays there (gradient 0): saddle, 0 iterations', () => {
    const m = basinChunk(sixHumpCamel, gd(0.01), { grid: { x: [0, 1], y: [0, 1], nx: 2, ny: 2 } });
    expect(m.labels[0]).toBe(BASIN_SADDLE);
    expect(m.critical[0]).toBe(0);
    expect(m.iterations[0]).toBe(0);
  });

  it('the plateau: far starts rest where the gradient vanishes, away from every critical point', () => {
    const m = basinChunk(plateau, gd(0.5), { grid: { x: [4.5, 5], y: [4.5, 5], nx: 2, ny: 2 } });
    expect(Array.from(m.labels)).toEqual([BASIN_ELSEWHERE, BASIN_ELSEWHERE, BASIN_ELSEWHERE, BASIN_ELSEWHERE]);
  });

  it('too few iterations in Rosenbrock’s valley: stalled', () => {
    const m = basinChunk(rosenbrock, gd(0.0005), {
      grid: { x: [-1.5, -1], y: [2, 2.5], nx: 2, ny: 2 },
      maxIterations: 50,
    });
    for (const l of m.labels) expect(l).toBe(BASIN_STALLED);
    for (const k of m.iterations) expect(k).toBe(50);
  });

  it('an overflowing squared gradient (AdaGrad far out) and a start outside the escape box count as diverged', () => {
    const m = basinChunk(rosenbrock, configure(adagrad, { learningRate: 0.1 }), {
      grid: { x: [1e60, 2e60], y: [0, 1], nx: 2, ny: 2 },
    });
    for (const l of m.labels) expect(l).toBe(BASIN_DIVERGED);
  });
});

describe('the same runs as descentPath', () => {
  it.each([
    ['gradient descent', gd(0.01)],
    ['momentum', configure(momentum, { learningRate: 0.002 })],
    ['nesterov', configure(nesterov, { learningRate: 0.002 })],
    ['rmsprop', configure(rmsprop, { learningRate: 0.01 })],
  ] as const)(
    '%s: each start takes as many steps as descentPath needs to bring ‖∇f‖ to 1e-6, and ends at its minimum',
    (_n, opt) => {
      const grid = { x: [-5, 5] as [number, number], y: [-5, 5] as [number, number], nx: 4, ny: 4 };
      const m = basinChunk(himmelblau, opt, { grid, settleIterations: 0, stepTolerance: 0, maxIterations: 20_000 });
      for (let j = 0; j < 4; j++) {
        for (let i = 0; i < 4; i++) {
          const start = [-5 + (10 * i) / 3, -5 + (10 * j) / 3];
          const run = descentPath(himmelblau, opt, start, { maxSteps: 20_000, gradTolerance: 1e-6 });
          const c = j * 4 + i;
          if (run.status === 'diverged') {
            expect(m.labels[c]).toBe(BASIN_DIVERGED);
            continue;
          }
          expect(m.iterations[c]).toBe(run.steps);
          const end = run.points[run.steps]!;
          const k = himmelblau.criticalPoints.minima.findIndex((p) => Math.hypot(p.x - end[0]!, p.y - end[1]!) < 0.12);
          expect(m.labels[c]).toBe(k);
        }
      }
    },
  );
});

describe('settling', () => {
  it('Adam at a fixed η hovers about a minimum: labelled with it once it stays near for settleIterations', () => {
    const opt = configure(adam, { learningRate: 0.05 });
    const grid = { x: [3.5, 4] as [number, number], y: [2.5, 3] as [number, number], nx: 2, ny: 2 };
    const settled = basinChunk(himmelblau, opt, { grid, maxIterations: 5000 });
    const full = basinChunk(himmelblau, opt, { grid, maxIterations: 5000, settleIterations: 0 });
    expect(Array.from(settled.labels)).toEqual([0, 0, 0, 0]);
    expect(Array.from(full.labels)).toEqual([0, 0, 0, 0]);
    for (let c = 0; c < 4; c++) {
      expect(settled.iterations[c]! % 25).toBe(0);
      expect(settled.iterations[c]!).toBeLessThan(full.iterations[c]!);
    }
  });
});

describe('any surface with a window and minima', () => {
  it('a hand-made surface without grad(), saddles or maxima: the same labels as the catalogue entry', () => {
    const own = {
      dim: 2,
      value: (p: ArrayLike<number>) => doubleWell.f(p[0]!, p[1]!),
      gradient: (p: ArrayLike<number>) => doubleWell.gradient(p),
      window: doubleWell.window,
      criticalPoints: { minima: doubleWell.criticalPoints.minima },
    };
    const grid = { x: [-2, 2] as [number, number], y: [-1.5, 1.5] as [number, number], nx: 9, ny: 5 };
    const a = basinChunk(own, gd(0.05), { grid });
    const b = basinChunk(doubleWell, gd(0.05), { grid });
    for (let c = 0; c < a.labels.length; c++) {
      // without a list of saddles the x = 0 starts rest "elsewhere"
      expect(a.labels[c]).toBe(b.labels[c] === BASIN_SADDLE ? BASIN_ELSEWHERE : b.labels[c]);
    }
    expect(a.iterations).toEqual(b.iterations);
    expect(() => basinChunk({ ...own, dim: 3 }, gd(0.05), { grid })).toThrow(CoreError);
  });
});

describe('the escape box', () => {
  it('an explicit box replaces the scaled window: a first step outside it diverges', () => {
    const grid = { x: [0.5, 1.5] as [number, number], y: [0.2, 0.4] as [number, number], nx: 2, ny: 2 };
    const inside = basinChunk(doubleWell, gd(0.05), { grid });
    expect(Array.from(inside.labels)).toEqual([1, 1, 1, 1]);
    // y ← 0.9y: from y = 0.4 the first step lands at 0.36, outside |y| ≤ 0.3
    const tight = basinChunk(doubleWell, gd(0.05), { grid, escapeBox: { x: [-2, 2], y: [-0.3, 0.3] } });
    expect(Array.from(tight.labels)).toEqual([1, 1, BASIN_DIVERGED, BASIN_DIVERGED]);
    expect(tight.iterations[2]).toBe(1);
  });
});

describe('surfaces that refuse or fail', () => {
  it('a gradient that throws a non-finite CoreError, or is NaN at the start, labels the start diverged', () => {
    const base = {
      dim: 2,
      value: (p: ArrayLike<number>) => doubleWell.f(p[0]!, p[1]!),
      window: doubleWell.window,
      criticalPoints: { minima: doubleWell.criticalPoints.minima },
    };
    const refusing = {
      ...base,
      gradient(p: ArrayLike<number>) {
        if (p[0]! > 1.2) throw new CoreError('non-finite', 'outside the domain');
        return doubleWell.gradient(p);
      },
    };
    const nan = {
      ...base,
      gradient: (p: ArrayLike<number>) => (p[0]! < -1.5 ? Float64Array.of(NaN, 0) : doubleWell.gradient(p)),
    };
    const grid = { x: [-2, 2] as [number, number], y: [0, 1] as [number, number], nx: 5, ny: 2 };
    const a = basinChunk(refusing, gd(0.05), { grid });
    expect(a.labels[4]).toBe(BASIN_DIVERGED); // starts at x = 2
    expect(a.labels[0]).toBe(0);
    const b = basinChunk(nan, gd(0.05), { grid });
    expect(b.labels[0]).toBe(BASIN_DIVERGED); // starts at x = −2
    expect(b.iterations[0]).toBe(0);
    expect(b.labels[4]).toBe(1);
    expect(() =>
      basinChunk(
        {
          ...base,
          gradient: () => {
            throw new Error('bug');
          },
        },
        gd(0.05),
        { grid },
      ),
    ).toThrow('bug');
  });
});

describe('basinChunk options', () => {
  it('rejects bad grids, rows and tolerances', () => {
    const grid = { x: [-1, 1] as [number, number], y: [-1, 1] as [number, number], nx: 8, ny: 8 };
    const bad = [
      { grid: { ...grid, nx: 257 } },
      { grid: { ...grid, nx: 1 } },
      { grid, rows: [3, 2] as [number, number] },
      { grid, rows: [0, 9] as [number, number] },
      { grid, maxIterations: 0 },
      { grid, maxIterations: 1e6 },
      { grid, gradTolerance: -1 },
      { grid, pointTolerance: 0 },
      { grid, escapeFactor: 0.5 },
      { grid, settleIterations: -1 },
      { grid, escapeBox: { x: [1, -1] as [number, number], y: [0, 1] as [number, number] } },
    ];
    for (const o of bad) expect(() => basinChunk(doubleWell, gd(0.1), o)).toThrow(CoreError);
    expect(() => basinRowChunks(0, 4)).toThrow(CoreError);
    expect(basinChunk(doubleWell, gd(0.1), { grid, rows: [3, 3] }).labels).toHaveLength(0);
  });
});
