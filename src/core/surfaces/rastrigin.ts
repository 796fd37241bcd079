import { defineSurface } from './entry';
import { rastriginMeta } from './metas';
import { d2g, dg, g } from './rastrigin-critical';

/**
 * Rastrigin's function 20 + x² + y² − 10 (cos 2πx + cos 2πy) on its usual window [−5.12, 5.12]²:
 * a bowl covered in ripples. It is separable, so its 121 minima (global at the origin), 220
 * saddles and 100 maxima are the products of the critical points of t² − 10 cos 2πt, found by
 * Newton's method when the module loads. Minima are listed lowest first.
 */
export const rastrigin = /* @__PURE__ */ defineSurface(rastriginMeta, {
  f: (x, y) => 20 + g(x) + g(y),
  grad: (x, y) => [dg(x), dg(y)],
  hessian: (x, y) => [
    [d2g(x), 0],
    [0, d2g(y)],
  ],
});
