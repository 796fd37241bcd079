import { defineSurface } from './entry';

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
export const multiWell = defineSurface(
  {
    id: 'multi-well',
    name: 'Four wells',
    formula:
      '0.08*(x^2 + y^2) - 2*exp(-((x + 2)^2 + (y + 1.5)^2)/1.62) - 1.6*exp(-((x - 2)^2 + (y - 1.5)^2)/1.28)' +
      ' - 1.2*exp(-((x - 2)^2 + (y + 2)^2)/0.98) - exp(-((x + 1.5)^2 + (y - 2)^2)/0.98)',
    tex: 'f(x, y) = 0.08\\,(x^2 + y^2) - \\sum_{k=1}^{4} d_k \\exp\\!\\left(-\\frac{\\lVert (x, y) - c_k \\rVert^2}{2\\sigma_k^2}\\right)',
    window: { x: [-4, 4], y: [-4, 4] },
    // Refined by Newton's method (tests/fixtures/surfaces/critical_points.py); deepest first.
    minima: [
      [-1.876594533073341, -1.4074311769574208],
      [1.8775972931904705, 1.4081899992816915],
      [1.873195559583482, -1.8730225827417923],
      [-1.3872411538030198, 1.8464107757219268],
    ],
    saddles: [
      [-1.111981075171695, 0.573059551603438],
      [0.17311269446994915, 0.17146618192480886],
      [0.7580645040891694, -0.8269578643483904],
    ],
  },
  {
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
  },
);
