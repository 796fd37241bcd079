import { defineSurface } from './entry';
import { himmelblauMeta } from './metas';

/**
 * Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four minima, all with value 0, four
 * saddles between them and a local maximum near (−0.27, −0.92).
 */
export const himmelblau = /* @__PURE__ */ defineSurface(himmelblauMeta, {
  f: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  grad: (x, y) => {
    const u = x * x + y - 11;
    const v = x + y * y - 7;
    return [4 * x * u + 2 * v, 2 * u + 4 * y * v];
  },
  hessian: (x, y) => [
    [12 * x * x + 4 * y - 42, 4 * (x + y)],
    [4 * (x + y), 4 * x + 12 * y * y - 26],
  ],
});
