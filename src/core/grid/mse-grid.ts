import { CoreError } from '../errors';
import { gridFromValues, assertGridSpec, linspace, type Grid, type GridSpec } from './grid';
import type { GramStats } from './gram-stats';
import type { SufficientStats } from './sufficient-stats';

/** Mean (divide by n) or sum of the squared errors. */
export type Reduction = 'mean' | 'sum';

/**
 * The loss of y ≈ b + w·x over a (b, w) grid, from sufficient statistics: x of the grid is b,
 * y of the grid is w, values[j * nx + i] = MSE(b_i, w_j). O(cells), whatever the number of
 * data points: per row, SSE = n (m_j − b)² + c_j with m_j = ȳ − w_j x̄, c_j = syy − 2w_j sxy + w_j² sxx.
 */
export function mseGridFromStats(stats: SufficientStats, spec: GridSpec, reduction: Reduction = 'mean'): Grid {
  assertGridSpec(spec);
  const { nx, ny } = spec;
  const { n, meanX, meanY, sxx, sxy, syy } = stats;
  const bs = linspace(spec.x[0], spec.x[1], nx);
  const ws = linspace(spec.y[0], spec.y[1], ny);
  const values = new Float64Array(nx * ny);
  const scale = reduction === 'mean' ? 1 / n : 1;
  for (let j = 0; j < ny; j++) {
    const w = ws[j]!;
    const m = meanY - w * meanX;
    const c = syy - 2 * w * sxy + w * w * sxx;
    const row = j * nx;
    for (let i = 0; i < nx; i++) {
      const d = m - bs[i]!;
      values[row + i] = (n * d * d + c) * scale;
    }
  }
  return gridFromValues(spec, values);
}

/**
 * The loss of y ≈ w₁x₁ + w₂x₂ (no intercept) over a (w₁, w₂) grid, from the Gram statistics
 * of the n × 2 design matrix: values[j * nx + i] = MSE(w₁ = x_i, w₂ = y_j). O(cells).
 */
export function mseGridNoInterceptFromStats(stats: GramStats, spec: GridSpec, reduction: Reduction = 'mean'): Grid {
  if (stats.p !== 2) throw new CoreError('mismatch', `a (w₁, w₂) grid needs two features, got ${stats.p}`);
  assertGridSpec(spec);
  const { nx, ny } = spec;
  const g = stats.xtx.data;
  const g11 = g[0]!;
  const g12 = g[1]!;
  const g22 = g[3]!;
  const a1 = stats.xty[0]!;
  const a2 = stats.xty[1]!;
  const w1s = linspace(spec.x[0], spec.x[1], nx);
  const w2s = linspace(spec.y[0], spec.y[1], ny);
  const values = new Float64Array(nx * ny);
  const scale = reduction === 'mean' ? 1 / stats.n : 1;
  for (let j = 0; j < ny; j++) {
    const w2 = w2s[j]!;
    // SSE = g11 w1² + 2 w1 (g12 w2 − a1) + (g22 w2² − 2 a2 w2 + yᵀy)
    const lin = 2 * (g12 * w2 - a1);
    const c = g22 * w2 * w2 - 2 * a2 * w2 + stats.yty;
    const row = j * nx;
    for (let i = 0; i < nx; i++) {
      const w1 = w1s[i]!;
      values[row + i] = ((g11 * w1 + lin) * w1 + c) * scale;
    }
  }
  return gridFromValues(spec, values);
}
