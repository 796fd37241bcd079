import { defineSurface } from './entry';
import { sixHumpCamelMeta } from './metas';

/**
 * The six-hump camel (4 − 2.1x² + x⁴/3) x² + xy + (−4 + 4y²) y²: two global minima
 * (f ≈ −1.0316) and four local ones (f ≈ −0.2155 and f ≈ 2.1043), seven saddles (one at the
 * origin) and two local maxima.
 */
export const sixHumpCamel = /* @__PURE__ */ defineSurface(sixHumpCamelMeta, {
  f: (x, y) => {
    const x2 = x * x;
    const y2 = y * y;
    return (4 - 2.1 * x2 + (x2 * x2) / 3) * x2 + x * y + (-4 + 4 * y2) * y2;
  },
  grad: (x, y) => {
    const x2 = x * x;
    return [8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y];
  },
  hessian: (x, y) => {
    const x2 = x * x;
    return [
      [8 - 25.2 * x2 + 10 * x2 * x2, 1],
      [1, -8 + 48 * y * y],
    ];
  },
});
