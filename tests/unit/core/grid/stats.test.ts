import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noisyLineSplit } from '~/core/data/noisy-line-split';
import { twoScaleFeatures } from '~/core/data/two-scale-features';
import { CoreError } from '~/core/errors';
import { gramStats, sseFromGram } from '~/core/grid/gram-stats';
import { gridX, gridY, type Grid } from '~/core/grid/grid';
import { mseGridFromStats, mseGridNoInterceptFromStats } from '~/core/grid/mse-grid';
import { leastSquaresLine, sseFromStats, sufficientStats } from '~/core/grid/sufficient-stats';
import { hasNumpy, runNumpy } from './numpy';

/** Largest |a − b| / max(|b|, tiny) over a grid. */
function maxRelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let k = 0; k < b.length; k++)
    worst = Math.max(worst, Math.abs(a[k]! - b[k]!) / Math.max(Math.abs(b[k]!), 1e-300));
  return worst;
}

function naiveMseGrid(x: ArrayLike<number>, y: ArrayLike<number>, g: Grid): Float64Array {
  const out = new Float64Array(g.nx * g.ny);
  for (let j = 0; j < g.ny; j++) {
    for (let i = 0; i < g.nx; i++) {
      const b = gridX(g, i);
      const w = gridY(g, j);
      let s = 0;
      for (let k = 0; k < x.length; k++) s += (b + w * x[k]! - y[k]!) ** 2;
      out[j * g.nx + i] = s / x.length;
    }
  }
  return out;
}

describe('sufficientStats', () => {
  it('holds the raw sums and the centred moments', () => {
    const s = sufficientStats([1, 2, 3, 4], [2, 3, 5, 6]);
    expect(s).toMatchObject({ n: 4, sumX: 10, sumY: 16, sumXX: 30, sumXY: 47, sumYY: 74, meanX: 2.5, meanY: 4 });
    expect(s.sxx).toBe(5);
    expect(s.sxy).toBe(47 - 40);
    expect(s.syy).toBe(74 - 64);
    expect(leastSquaresLine(s)).toEqual({ b: 4 - 1.4 * 2.5, w: 7 / 5 });
  });

  it('sseFromStats equals the direct sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (pts, b, w) => {
          const s = sufficientStats(
            pts.map((p) => p[0]),
            pts.map((p) => p[1]),
          );
          const direct = pts.reduce((acc, [x, y]) => acc + (y - b - w * x) ** 2, 0);
          expect(Math.abs(sseFromStats(s, b, w) - direct)).toBeLessThanOrEqual(
            1e-12 * (1 + direct + s.sumYY + s.sumXX * w * w),
          );
        },
      ),
    );
  });

  it('throws on empty, unequal or non-finite data', () => {
    expect(() => sufficientStats([], [])).toThrow(CoreError);
    expect(() => sufficientStats([1, 2], [1])).toThrow(CoreError);
    expect(() => sufficientStats([1, Infinity], [1, 2])).toThrow(CoreError);
    expect(leastSquaresLine(sufficientStats([2, 2], [1, 3]))).toBeNull();
  });
});

describe('gramStats', () => {
  it('computes XᵀX, Xᵀy, yᵀy; sseFromGram equals ‖y − Xβ‖²', () => {
    const X = { rows: 3, cols: 2, data: Float64Array.from([1, 2, 3, 4, 5, 6]) };
    const g = gramStats(X, [1, 0, -1]);
    expect(Array.from(g.xtx.data)).toEqual([35, 44, 44, 56]);
    expect(Array.from(g.xty)).toEqual([1 - 5, 2 - 6]);
    expect(g.yty).toBe(2);
    expect(sseFromGram(g, [1, -1])).toBe((1 - (1 - 2)) ** 2 + (0 - (3 - 4)) ** 2 + (-1 - (5 - 6)) ** 2);
    expect(() => sseFromGram(g, [1])).toThrow(CoreError);
  });

  it('throws on bad shapes', () => {
    expect(() => gramStats({ rows: 0, cols: 2, data: new Float64Array(0) }, [])).toThrow(CoreError);
    expect(() => gramStats({ rows: 2, cols: 2, data: new Float64Array(3) }, [1, 2])).toThrow(CoreError);
    expect(() => gramStats({ rows: 2, cols: 1, data: Float64Array.of(1, 2) }, [1])).toThrow(CoreError);
    expect(() => gramStats({ rows: 2, cols: 1, data: Float64Array.of(1, NaN) }, [1, 2])).toThrow(CoreError);
  });
});

describe('mseGridFromStats (lecture 000)', () => {
  const d = noisyLineSplit();
  const spec = { x: [d.trueB - 3, d.trueB + 3], y: [d.trueW - 3, d.trueW + 3], nx: 101, ny: 101 } as const;
  const grid = mseGridFromStats(sufficientStats(d.xTrain, d.yTrain), spec);

  it('equals the naive sum over the 80 training points to 1e-9 relative at 101 × 101', () => {
    expect(d.xTrain).toHaveLength(80);
    expect(maxRelDiff(grid.values, naiveMseGrid(d.xTrain, d.yTrain, grid))).toBeLessThan(1e-9);
  });

  it('has its minimum near the true (b, w) = (1, 2)', () => {
    expect(Math.abs(grid.argmin!.x - 1)).toBeLessThanOrEqual(0.12);
    expect(Math.abs(grid.argmin!.y - 2)).toBeLessThanOrEqual(0.12);
    // The lecture's random start (b, w) = (0.4967, −0.1383) has training MSE 2.74.
    const s = sufficientStats(d.xTrain, d.yTrain);
    expect(sseFromStats(s, d.initialB, d.initialW) / 80).toBeCloseTo(2.7421577700550976, 12);
  });

  it('sum reduction is N × mean', () => {
    const sse = mseGridFromStats(sufficientStats(d.xTrain, d.yTrain), spec, 'sum');
    expect(
      maxRelDiff(
        sse.values,
        grid.values.map((v) => v * 80),
      ),
    ).toBeLessThan(1e-14);
  });

  it.skipIf(!hasNumpy())('equals lecture 000’s numpy broadcasting recipe to 1e-12 relative', () => {
    const z = runNumpy<number[]>(
      `import sys, json, numpy as np
d = json.load(sys.stdin)
x_train = np.array(d['x']); y_train = np.array(d['y'])
b_range = np.linspace(1 - 3, 1 + 3, 101); w_range = np.linspace(2 - 3, 2 + 3, 101)
bs, ws = np.meshgrid(b_range, w_range)
all_predictions = np.apply_along_axis(func1d=lambda x: bs + ws * x, axis=1, arr=x_train.reshape(-1, 1))
all_labels = y_train.reshape(-1, 1, 1)
all_errors = all_predictions - all_labels
all_losses = (all_errors ** 2).mean(axis=0)
print(json.dumps(all_losses.ravel().tolist()))`,
      { x: Array.from(d.xTrain), y: Array.from(d.yTrain) },
    );
    expect(maxRelDiff(grid.values, z)).toBeLessThan(1e-12);
  });
});

describe('mseGridNoInterceptFromStats (lecture 003)', () => {
  const d = twoScaleFeatures();
  const spec = { x: [-1, 5], y: [-1, 0.5], nx: 50, ny: 50 } as const;
  const X = { rows: d.n, cols: 2, data: d.X };
  const grid = mseGridNoInterceptFromStats(gramStats(X, d.y), spec);

  it('equals the naive sum to 1e-9 relative', () => {
    const naive = new Float64Array(50 * 50);
    for (let j = 0; j < 50; j++) {
      for (let i = 0; i < 50; i++) {
        let s = 0;
        for (let k = 0; k < d.n; k++)
          s += (d.y[k]! - gridX(grid, i) * d.X[2 * k]! - gridY(grid, j) * d.X[2 * k + 1]!) ** 2;
        naive[j * 50 + i] = s / d.n;
      }
    }
    expect(maxRelDiff(grid.values, naive)).toBeLessThan(1e-9);
  });

  it('needs exactly two features', () => {
    const g3 = gramStats({ rows: 1, cols: 3, data: Float64Array.of(1, 2, 3) }, [1]);
    expect(() => mseGridNoInterceptFromStats(g3, spec)).toThrow(CoreError);
  });

  it.skipIf(!hasNumpy())('equals lecture 003’s compute_loss (loss[i, j] with w1[j], w2[i])', () => {
    const z = runNumpy<number[]>(
      `import sys, json, numpy as np
d = json.load(sys.stdin)
X = np.array(d['X']).reshape(-1, 2); y = np.array(d['y'])
w1 = np.linspace(-1, 5, 50); w2 = np.linspace(-1, 0.5, 50)
W1, W2 = np.meshgrid(w1, w2)
loss = np.zeros_like(W1)
for i in range(W1.shape[0]):
    for j in range(W1.shape[1]):
        y_pred = w1[j]*X[:,0] + w2[i]*X[:,1]
        loss[i,j] = np.mean((y - y_pred)**2)
print(json.dumps(loss.ravel().tolist()))`,
      { X: Array.from(d.X), y: Array.from(d.y) },
    );
    expect(maxRelDiff(grid.values, z)).toBeLessThan(1e-12);
  });
});
