import { CoreError } from '../errors';
import { gramStats } from '../grid/gram-stats';
import type { Surface2D } from './objective';
import { makeSurface2D } from './surface-2d';
import type { LinearLossOptions } from './linear-regression';

/**
 * The loss of y ≈ w₁x₁ + w₂x₂ (two features, no intercept; lecture 003) over (w₁, w₂):
 * MSE = (1/N) Σ (w₁x₁ₖ + w₂x₂ₖ − yₖ)² (or the sum). Point = [w₁, w₂]. Gradient
 * (2/N) Σ rₖ (x₁ₖ, x₂ₖ); Hessian (2/N) XᵀX. Default window: the minimiser ± 3.
 */
export function twoFeatureRegressionLoss(
  x1: ArrayLike<number>,
  x2: ArrayLike<number>,
  y: ArrayLike<number>,
  options: LinearLossOptions = {},
): Surface2D {
  const n = y.length;
  if (x1.length !== n || x2.length !== n) {
    throw new CoreError('mismatch', `x₁, x₂ and y must have the same length, got ${x1.length}, ${x2.length}, ${n}`);
  }
  const reduction = options.reduction ?? 'mean';
  if (reduction !== 'mean' && reduction !== 'sum') throw new CoreError('invalid', `reduction must be 'mean' or 'sum'`);
  const data = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    data[2 * k] = x1[k]!;
    data[2 * k + 1] = x2[k]!;
  }
  const stats = gramStats({ rows: n, cols: 2, data }, y); // validates
  const ys = Float64Array.from(y);
  const scale = reduction === 'mean' ? 1 / n : 1;
  const [g11, g12, , g22] = stats.xtx.data as unknown as [number, number, number, number];
  const det = g11 * g22 - g12 * g12;
  // Cramer's rule for the 2 × 2 normal equations; singular (collinear features) → no unique minimum.
  const singular = !(Math.abs(det) > 1e-12 * (g11 * g22));
  const w1 = singular ? 0 : (g22 * stats.xty[0]! - g12 * stats.xty[1]!) / det;
  const w2 = singular ? 0 : (g11 * stats.xty[1]! - g12 * stats.xty[0]!) / det;
  const what = reduction === 'mean' ? 'MSE' : 'SSE';
  return makeSurface2D(
    {
      id: options.id ?? `two-feature-${reduction === 'mean' ? 'mse' : 'sse'}`,
      name: options.name ?? `${what} of y ≈ w₁x₁ + w₂x₂`,
      tex:
        options.tex ??
        (reduction === 'mean'
          ? '\\frac{1}{N}\\sum_{k=1}^{N} (w_1 x_{1k} + w_2 x_{2k} - y_k)^2'
          : '\\sum_{k=1}^{N} (w_1 x_{1k} + w_2 x_{2k} - y_k)^2'),
      domain: options.domain ?? { x: [w1 - 3, w1 + 3], y: [w2 - 3, w2 + 3] },
      minima: singular ? [] : [[w1, w2]],
    },
    {
      f: (a, b) => {
        let s = 0;
        for (let k = 0; k < n; k++) {
          const r = a * data[2 * k]! + b * data[2 * k + 1]! - ys[k]!;
          s += r * r;
        }
        return s * scale;
      },
      grad: (a, b) => {
        let g1 = 0;
        let g2 = 0;
        for (let k = 0; k < n; k++) {
          const u = data[2 * k]!;
          const v = data[2 * k + 1]!;
          const r = a * u + b * v - ys[k]!;
          g1 += r * u;
          g2 += r * v;
        }
        return [2 * g1 * scale, 2 * g2 * scale];
      },
      hessian: () => [
        [2 * g11 * scale, 2 * g12 * scale],
        [2 * g12 * scale, 2 * g22 * scale],
      ],
    },
  );
}
