import { CoreError } from '../errors';
import { leastSquaresLine, sufficientStats } from '../grid/sufficient-stats';
import type { Surface2D } from './objective';
import { makeSurface2D, type SurfaceMeta } from './surface-2d';

/** Mean (MSE, lecture 000) or sum (SSE) of the squared errors. */
export type Reduction = 'mean' | 'sum';

/** Optional description; by default the window is the least-squares (b, w) ± 3, as in lecture 000. */
export type LinearLossOptions = Partial<Omit<SurfaceMeta, 'minima'>> & { reduction?: Reduction };

/**
 * The loss of the line y ≈ b + w·x over (b, w): MSE = (1/N) Σ (b + w·xₖ − yₖ)² (or the sum).
 * Point = [b, w]. Gradient (2/N) [Σ rₖ, Σ rₖ xₖ] with rₖ = b + w·xₖ − yₖ; Hessian
 * (2/N) [[N, Σx], [Σx, Σx²]]. Value and gradient loop over the data (exact); for a whole grid
 * use mseGridFromStats, which is O(1) per cell.
 */
export function linearRegressionLoss(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: LinearLossOptions = {},
): Surface2D {
  const stats = sufficientStats(x, y); // validates x and y
  const reduction = options.reduction ?? 'mean';
  if (reduction !== 'mean' && reduction !== 'sum') throw new CoreError('invalid', `reduction must be 'mean' or 'sum'`);
  const n = stats.n;
  const xs = Float64Array.from(x);
  const ys = Float64Array.from(y);
  const scale = reduction === 'mean' ? 1 / n : 1;
  const best = leastSquaresLine(stats);
  const centre = best ?? { b: stats.meanY, w: 0 };
  const h00 = 2 * n * scale;
  const h01 = 2 * stats.sumX * scale;
  const h11 = 2 * stats.sumXX * scale;
  const what = reduction === 'mean' ? 'MSE' : 'SSE';
  return makeSurface2D(
    {
      id: options.id ?? `linear-${reduction === 'mean' ? 'mse' : 'sse'}`,
      name: options.name ?? `${what} of y ≈ b + w·x`,
      tex:
        options.tex ??
        (reduction === 'mean'
          ? '\\frac{1}{N}\\sum_{k=1}^{N} (b + w x_k - y_k)^2'
          : '\\sum_{k=1}^{N} (b + w x_k - y_k)^2'),
      domain: options.domain ?? { x: [centre.b - 3, centre.b + 3], y: [centre.w - 3, centre.w + 3] },
      minima: best === null ? [] : [[best.b, best.w]],
    },
    {
      f: (b, w) => {
        let s = 0;
        for (let k = 0; k < n; k++) {
          const r = b + w * xs[k]! - ys[k]!;
          s += r * r;
        }
        return s * scale;
      },
      grad: (b, w) => {
        let gb = 0;
        let gw = 0;
        for (let k = 0; k < n; k++) {
          const xk = xs[k]!;
          const r = b + w * xk - ys[k]!;
          gb += r;
          gw += r * xk;
        }
        return [2 * gb * scale, 2 * gw * scale];
      },
      hessian: () => [
        [h00, h01],
        [h01, h11],
      ],
    },
  );
}
