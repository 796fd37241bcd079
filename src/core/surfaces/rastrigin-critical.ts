/**
 * Rastrigin's function is separable: 20 + g(x) + g(y) with g(t) = t² − 10 cos 2πt, so its critical
 * points are the products of g's, found here by Newton's method the first time they are asked
 * for. Shared by the entry (rastrigin.ts: f, gradient, Hessian) and the catalogue's data
 * (metas.ts).
 */
const TWO_PI = 2 * Math.PI;
/** The usual window is [−5.12, 5.12]². */
export const HALF_WIDTH = 5.12;

/** g(t) = t² − 10 cos 2πt: Rastrigin's function is 20 + g(x) + g(y). */
export const g = (t: number): number => t * t - 10 * Math.cos(TWO_PI * t);
export const dg = (t: number): number => 2 * t + 10 * TWO_PI * Math.sin(TWO_PI * t);
export const d2g = (t: number): number => 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * t);

/** Newton's method on g′ from t0 (every start used below converges in a few steps). */
function criticalOfG(t0: number): number {
  let t = t0;
  for (let k = 0; k < 50; k++) {
    const step = dg(t) / d2g(t);
    t -= step;
    if (Math.abs(step) < 1e-15) break;
  }
  return t;
}

const pairs = (as: number[], bs: number[]): [number, number][] =>
  as.flatMap((a) => bs.map((b): [number, number] => [a, b]));
/**
 * Lowest f first. g is worked out once per coordinate, not at every comparison, and the
 * comparison reads plain arrays by index (this runs once, cold, in V8's interpreter, where a
 * Map lookup and a destructured pair per comparison cost ~3× more). It is the same sum and
 * differences as g(p₀) + g(p₁) − g(q₀) − g(q₁), and the sort is stable, so ties order as they
 * did.
 */
function byValue(ps: [number, number][]): [number, number][] {
  const g0 = ps.map((p) => g(p[0]));
  const g1 = ps.map((p) => g(p[1]));
  const order = ps.map((_, i) => i).sort((i, j) => g0[i]! + g1[i]! - g0[j]! - g1[j]!);
  return order.map((i) => ps[i]!);
}

type Points = [number, number][];

let points: { readonly minima: Points; readonly saddles: Points; readonly maxima: Points } | undefined;

/**
 * Minima, saddles and maxima on the usual window, each list lowest first. Worked out on the first
 * call, not when the catalogue loads: sorting the 441 points took a fifth of the task that
 * evaluates a chapter's widget code at 4× CPU slowdown, on pages that never show Rastrigin.
 */
export function rastriginCriticalPoints(): {
  readonly minima: Points;
  readonly saddles: Points;
  readonly maxima: Points;
} {
  if (points === undefined) {
    // The minima of g lie just inside each integer, its maxima just inside each half-integer.
    const lows: number[] = [];
    const highs: number[] = [];
    for (let k = -5; k <= 5; k++) lows.push(k === 0 ? 0 : criticalOfG(k));
    for (let k = -5; k < 5; k++) highs.push(criticalOfG(k + 0.5));
    points = {
      minima: byValue(pairs(lows, lows)),
      saddles: byValue([...pairs(lows, highs), ...pairs(highs, lows)]),
      maxima: byValue(pairs(highs, highs)),
    };
  }
  return points;
}
