import { defineSurface } from './entry';
import { rosenbrockMeta } from './metas';

/** Rosenbrock's banana (1 − x)² + 100 (y − x²)²: a curved, flat-bottomed valley, minimum (1, 1). */
export const rosenbrock = /* @__PURE__ */ defineSurface(rosenbrockMeta, {
  f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  grad: (x, y) => {
    const v = y - x * x;
    return [-2 * (1 - x) - 400 * x * v, 200 * v];
  },
  hessian: (x, y) => [
    [2 - 400 * y + 1200 * x * x, -400 * x],
    [-400 * x, 200],
  ],
});
