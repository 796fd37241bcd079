import { defineSurface } from './entry';
import { plateauMeta } from './metas';

/**
 * 1 − exp(−(x² + y²)/2): one well at the origin in a plateau. The gradient p·exp(−‖p‖²/2)
 * is below 0.002 once ‖p‖ > 4, so a fixed step crawls (or a gradient tolerance stops it)
 * far from the minimum: small gradient does not mean near a minimum.
 */
export const plateau = /* @__PURE__ */ defineSurface(plateauMeta, {
  f: (x, y) => 1 - Math.exp(-(x * x + y * y) / 2),
  grad: (x, y) => {
    const e = Math.exp(-(x * x + y * y) / 2);
    return [x * e, y * e];
  },
  hessian: (x, y) => {
    const e = Math.exp(-(x * x + y * y) / 2);
    return [
      [e * (1 - x * x), -e * x * y],
      [-e * x * y, e * (1 - y * y)],
    ];
  },
});
