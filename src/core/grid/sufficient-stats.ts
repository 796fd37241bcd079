import { assertFiniteArray, CoreError } from '../errors';

/**
 * Everything the squared error of y ≈ b + w·x needs from the data, whatever N is.
 * The raw sums are what the formulas in the course show; the centred moments (two-pass,
 * about the means) are what the core computes with, because Σy² − 2bΣy + … cancels badly
 * when the loss is small next to Σy².
 */
export interface SufficientStats {
  readonly n: number;
  readonly sumX: number;
  readonly sumY: number;
  readonly sumXX: number;
  readonly sumXY: number;
  readonly sumYY: number;
  readonly meanX: number;
  readonly meanY: number;
  /** Σ(x − x̄)². */
  readonly sxx: number;
  /** Σ(x − x̄)(y − ȳ). */
  readonly sxy: number;
  /** Σ(y − ȳ)². */
  readonly syy: number;
}

/** The sufficient statistics of paired data (x, y); throws on empty, unequal or non-finite input. */
export function sufficientStats(x: ArrayLike<number>, y: ArrayLike<number>): SufficientStats {
  assertFiniteArray(x, 'x');
  assertFiniteArray(y, 'y');
  if (x.length !== y.length) throw new CoreError('mismatch', `x has ${x.length} values but y has ${y.length}`);
  const n = x.length;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumXY = 0;
  let sumYY = 0;
  for (let k = 0; k < n; k++) {
    const a = x[k]!;
    const b = y[k]!;
    sumX += a;
    sumY += b;
    sumXX += a * a;
    sumXY += a * b;
    sumYY += b * b;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const a = x[k]! - meanX;
    const b = y[k]! - meanY;
    sxx += a * a;
    sxy += a * b;
    syy += b * b;
  }
  return { n, sumX, sumY, sumXX, sumXY, sumYY, meanX, meanY, sxx, sxy, syy };
}

/**
 * Σ(y − b − w·x)² from the statistics in O(1): the residual splits into its mean
 * (ȳ − b − w·x̄) and a centred part, whose cross term sums to zero, so
 * SSE = n (ȳ − b − w x̄)² + syy − 2w sxy + w² sxx.
 */
export function sseFromStats(stats: SufficientStats, b: number, w: number): number {
  const m = stats.meanY - b - w * stats.meanX;
  return stats.n * m * m + (stats.syy - 2 * w * stats.sxy + w * w * stats.sxx);
}

/** The least-squares line (b, w) from the statistics, or null when all x are equal. */
export function leastSquaresLine(stats: SufficientStats): { b: number; w: number } | null {
  if (!(stats.sxx > 0)) return null;
  const w = stats.sxy / stats.sxx;
  return { b: stats.meanY - w * stats.meanX, w };
}
