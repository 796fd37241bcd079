import { defineSurface } from './entry';
import { bealeMeta } from './metas';

/**
 * Beale's function (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²: minimum 0 at
 * (3, 0.5) in a flat, curved valley, with steep walls at large |y|; saddles at (0, 1) and
 * near (0.10, −2.64).
 */
export const beale = /* @__PURE__ */ defineSurface(bealeMeta, {
  f: (x, y) => {
    const y2 = y * y;
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y2) ** 2 + (2.625 - x + x * y2 * y) ** 2;
  },
  grad: (x, y) => {
    const y2 = y * y;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y2;
    const c = 2.625 - x + x * y2 * y;
    return [2 * a * (y - 1) + 2 * b * (y2 - 1) + 2 * c * (y2 * y - 1), 2 * a * x + 4 * b * x * y + 6 * c * x * y2];
  },
  hessian: (x, y) => {
    const y2 = y * y;
    const a = 1.5 - x + x * y;
    const b = 2.25 - x + x * y2;
    const c = 2.625 - x + x * y2 * y;
    // ∂a/∂x = y − 1, ∂b/∂x = y² − 1, ∂c/∂x = y³ − 1; ∂a/∂y = x, ∂b/∂y = 2xy, ∂c/∂y = 3xy².
    const hxx = 2 * ((y - 1) ** 2 + (y2 - 1) ** 2 + (y2 * y - 1) ** 2);
    const hxy =
      2 * (x * (y - 1) + a) + 2 * (2 * x * y * (y2 - 1) + 2 * y * b) + 2 * (3 * x * y2 * (y2 * y - 1) + 3 * y2 * c);
    const hyy = 2 * x * x + 4 * (2 * x * y * x * y + b * x) + 6 * (3 * x * y2 * x * y2 + 2 * c * x * y);
    return [
      [hxx, hxy],
      [hxy, hyy],
    ];
  },
});
