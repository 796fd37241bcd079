import { defineSurface } from './entry';

const TWO_PI = 2 * Math.PI;
const HALF_WIDTH = 5.12;

/** g(t) = t² − 10 cos 2πt: Rastrigin's function is 20 + g(x) + g(y). */
const g = (t: number): number => t * t - 10 * Math.cos(TWO_PI * t);
const dg = (t: number): number => 2 * t + 10 * TWO_PI * Math.sin(TWO_PI * t);
const d2g = (t: number): number => 2 + 10 * TWO_PI * TWO_PI * Math.cos(TWO_PI * t);

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

// The minima of g lie just inside each integer, its maxima just inside each half-integer.
const LOWS: number[] = [];
const HIGHS: number[] = [];
for (let k = -5; k <= 5; k++) LOWS.push(k === 0 ? 0 : criticalOfG(k));
for (let k = -5; k < 5; k++) HIGHS.push(criticalOfG(k + 0.5));

const pairs = (as: number[], bs: number[]): [number, number][] =>
  as.flatMap((a) => bs.map((b): [number, number] => [a, b]));
const byValue = (ps: [number, number][]): [number, number][] =>
  ps.sort((p, q) => g(p[0]) + g(p[1]) - g(q[0]) - g(q[1]));

/**
 * Rastrigin's function 20 + x² + y² − 10 (cos 2πx + cos 2πy) on its usual window [−5.12, 5.12]²:
 * a bowl covered in ripples. It is separable, so its 121 minima (global at the origin), 220
 * saddles and 100 maxima are the products of the critical points of t² − 10 cos 2πt, found by
 * Newton's method when the module loads. Minima are listed lowest first.
 */
export const rastrigin = defineSurface(
  {
    id: 'rastrigin',
    name: 'Rastrigin',
    formula: '20 + x^2 + y^2 - 10*(cos(2*pi*x) + cos(2*pi*y))',
    tex: 'f(x, y) = 20 + x^2 + y^2 - 10\\,(\\cos 2\\pi x + \\cos 2\\pi y)',
    window: { x: [-HALF_WIDTH, HALF_WIDTH], y: [-HALF_WIDTH, HALF_WIDTH] },
    minima: byValue(pairs(LOWS, LOWS)),
    saddles: byValue([...pairs(LOWS, HIGHS), ...pairs(HIGHS, LOWS)]),
    maxima: byValue(pairs(HIGHS, HIGHS)),
  },
  {
    f: (x, y) => 20 + g(x) + g(y),
    grad: (x, y) => [dg(x), dg(y)],
    hessian: (x, y) => [
      [d2g(x), 0],
      [0, d2g(y)],
    ],
  },
);
