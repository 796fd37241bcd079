import { defineSurface } from './entry';
import { multiWellMeta } from './metas';

/** One Gaussian well: depth d, centre (cx, cy), width σ. */
interface Well {
  readonly d: number;
  readonly cx: number;
  readonly cy: number;
  readonly s: number;
}

// Designed for the course: a shallow bowl so far starts come back, four wells of
// different depth and width so the basins differ in size, the deepest not the widest.
const BOWL = 0.08;
const WELLS: readonly Well[] = [
  { d: 2.0, cx: -2, cy: -1.5, s: 0.9 },
  { d: 1.6, cx: 2, cy: 1.5, s: 0.8 },
  { d: 1.2, cx: 2, cy: -2, s: 0.7 },
  { d: 1.0, cx: -1.5, cy: 2, s: 0.7 },
];

/**
 * f(x, y) = 0.08 (x² + y²) − Σₖ dₖ exp(−‖p − cₖ‖² / 2σₖ²): a gentle bowl with four
 * Gaussian wells, so four local minima of different depth (the deepest near (−2, −1.5))
 * and three saddles on the ridges between them.
 */
export const multiWell = /* @__PURE__ */ defineSurface(multiWellMeta, {
  f: (x, y) => {
    let f = BOWL * (x * x + y * y);
    for (const { d, cx, cy, s } of WELLS) {
      const u = x - cx;
      const v = y - cy;
      f -= d * Math.exp(-(u * u + v * v) / (2 * s * s));
    }
    return f;
  },
  grad: (x, y) => {
    let gx = 2 * BOWL * x;
    let gy = 2 * BOWL * y;
    for (const { d, cx, cy, s } of WELLS) {
      const u = x - cx;
      const v = y - cy;
      const s2 = s * s;
      const g = d * Math.exp(-(u * u + v * v) / (2 * s2));
      gx += (g * u) / s2;
      gy += (g * v) / s2;
    }
    return [gx, gy];
  },
  hessian: (x, y) => {
    let hxx = 2 * BOWL;
    let hxy = 0;
    let hyy = 2 * BOWL;
    for (const { d, cx, cy, s } of WELLS) {
      const u = x - cx;
      const v = y - cy;
      const s2 = s * s;
      const g = d * Math.exp(-(u * u + v * v) / (2 * s2));
      // Hessian of −g: g (I/σ² − (p − c)(p − c)ᵀ/σ⁴).
      hxx += g * (1 / s2 - (u * u) / (s2 * s2));
      hxy -= (g * u * v) / (s2 * s2);
      hyy += g * (1 / s2 - (v * v) / (s2 * s2));
    }
    return [
      [hxx, hxy],
      [hxy, hyy],
    ];
  },
});
