import { assertFinite, CoreError } from '../errors';

/** Throws unless count is a whole number from 1 to 1000. */
function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new CoreError(
      'out-of-range',
      `the number of contour levels must be a whole number from 1 to 1000, got ${String(count)}`,
    );
  }
}

/** Throws unless min ≤ max, both finite. Returns false when min = max (a flat surface: no levels). */
function assertRange(min: number, max: number): boolean {
  assertFinite(min, 'min');
  assertFinite(max, 'max');
  if (min > max) throw new CoreError('invalid', `min must not exceed max, got ${min} > ${max}`);
  return min < max;
}

/**
 * `count` evenly spaced levels strictly between min and max: min + k·(max − min)/(count + 1),
 * k = 1…count. Good when values span less than a decade.
 */
export function linearThresholds(min: number, max: number, count: number): number[] {
  assertCount(count);
  if (!assertRange(min, max)) return [];
  const step = (max - min) / (count + 1);
  if (Number.isFinite(step)) return Array.from({ length: count }, (_, k) => min + (k + 1) * step);
  // max − min overflows (e.g. ±1e308): interpolate, each term finite and the sum between min and max
  return Array.from({ length: count }, (_, k) => lerp(min, max, (k + 1) / (count + 1)));
}

/** a + t·(b − a) for t ∈ [0, 1], without overflow when b − a exceeds the largest double. */
function lerp(a: number, b: number, t: number): number {
  const d = b - a;
  return Number.isFinite(d) ? a + t * d : a * (1 - t) + b * t;
}

/**
 * `count` levels geometrically spaced ABOVE the minimum: min + g·(span/g)^(k/count),
 * k = 0…count − 1, with span = max − min and g = span·10^(−decades) the first gap. Loss
 * surfaces span decades (MSE 0.01 at the bottom, 50 at the rim), and linear levels would all
 * crowd the rim; offsetting by min makes this work for any sign of min (min ≤ 0 included).
 */
export function logThresholds(min: number, max: number, count: number, decades = 3): number[] {
  assertCount(count);
  assertFinite(decades, 'decades');
  if (decades <= 0 || decades > 15) throw new CoreError('out-of-range', `decades must be in (0, 15], got ${decades}`);
  if (!assertRange(min, max)) return [];
  const span = max - min;
  const first = span * 10 ** -decades;
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    // When max − min overflows (±1e308), the same level as a fraction of the way from min to max.
    const t = Number.isFinite(span)
      ? min + first * (span / first) ** (k / count)
      : lerp(min, max, 10 ** (-decades * (1 - k / count)));
    if (t > min && t < max && (out.length === 0 || t > out[out.length - 1]!)) out.push(t);
  }
  return out;
}

/**
 * Levels at the quantiles k/(count + 1), k = 1…count, of the finite values (linear
 * interpolation between order statistics, numpy's default), duplicates removed. Each band
 * then covers about the same area of the plot, whatever the distribution of values.
 */
export function quantileThresholds(values: ArrayLike<number>, count: number): number[] {
  assertCount(count);
  // The finite values into a typed array by hand: filtering through an array of boxed numbers
  // took a quarter of a playground map's time.
  const all = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isFinite(v)) all[n++] = v;
  }
  const finite = all.subarray(0, n).sort();
  if (n === 0) throw new CoreError('empty', 'no finite values to take quantiles of');
  const out: number[] = [];
  for (let k = 1; k <= count; k++) {
    const pos = ((n - 1) * k) / (count + 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const t = lerp(finite[lo]!, finite[hi]!, pos - lo);
    if (t > finite[0]! && t < finite[n - 1]! && (out.length === 0 || t > out[out.length - 1]!)) out.push(t);
  }
  return out;
}
