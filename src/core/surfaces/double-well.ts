import { defineSurface } from './entry';
import { doubleWellMeta } from './metas';

/**
 * (x² − 1)² + y²: two equal wells at (±1, 0) and a saddle at the origin between them
 * (Hessian diag(−4, 2)). A start on the line x = 0 slides into the saddle and stops there,
 * where the gradient is zero but nothing is minimal.
 */
export const doubleWell = /* @__PURE__ */ defineSurface(doubleWellMeta, {
  f: (x, y) => (x * x - 1) ** 2 + y * y,
  grad: (x, y) => [4 * x * (x * x - 1), 2 * y],
  hessian: (x) => [
    [12 * x * x - 4, 0],
    [0, 2],
  ],
});
