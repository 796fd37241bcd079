/**
 * The catalogue's data: id, name, formulas, window and critical points of every entry (each
 * entry's file adds f, its gradient and Hessian). A module of its own so that a preset list
 * (the playground parses the formula itself) carries none of the entries' functions.
 */
import type { CatalogueMeta } from './entry';
import { HALF_WIDTH, rastriginCriticalPoints } from './rastrigin-critical';

// round-bowl.ts
export const roundBowlMeta: CatalogueMeta = {
  id: 'round-bowl',
  name: 'Round bowl',
  formula: '(x - 2)^2 + (y + 3)^2',
  tex: 'f(x, y) = (x - 2)^2 + (y + 3)^2',
  window: { x: [-6, 6], y: [-8, 8] },
  minima: [[2, -3]],
};

// elongated-bowl.ts
export const elongatedBowlMeta: CatalogueMeta = {
  id: 'elongated-bowl',
  name: 'Elongated bowl',
  formula: 'x^2 + 10*y^2',
  tex: 'f(x, y) = x^2 + 10\\,y^2',
  window: { x: [-6, 6], y: [-3, 3] },
  aliases: ['stretched-bowl'],
  minima: [[0, 0]],
};

// rotated-bowl.ts
export const rotatedBowlMeta: CatalogueMeta = {
  id: 'rotated-bowl',
  name: 'Rotated bowl',
  formula: '6*x^2 - 8*x*y + 6*y^2',
  tex: 'f(x, y) = 6x^2 - 8xy + 6y^2',
  window: { x: [-4, 4], y: [-4, 4] },
  aliases: ['tilted-valley'],
  minima: [[0, 0]],
};

// ill-conditioned-bowl.ts
export const illConditionedBowlMeta: CatalogueMeta = {
  id: 'ill-conditioned-bowl',
  name: 'Ill-conditioned bowl',
  formula: '0.25*(x + y)^2 + 25*(x - y)^2',
  tex: 'f(x, y) = \\tfrac14 (x + y)^2 + 25\\,(x - y)^2',
  window: { x: [-3, 3], y: [-3, 3] },
  minima: [[0, 0]],
};

// booth.ts
export const boothMeta: CatalogueMeta = {
  id: 'booth',
  name: 'Booth',
  formula: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
  tex: 'f(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2',
  window: { x: [-10, 10], y: [-10, 10] },
  minima: [[1, 3]],
};

// rosenbrock.ts
export const rosenbrockMeta: CatalogueMeta = {
  id: 'rosenbrock',
  name: 'Rosenbrock',
  formula: '(1 - x)^2 + 100*(y - x^2)^2',
  tex: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
  window: { x: [-2, 2], y: [-1, 3] },
  minima: [[1, 1]],
};

// beale.ts
export const bealeMeta: CatalogueMeta = {
  id: 'beale',
  name: 'Beale',
  formula: '(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2',
  tex: 'f(x, y) = (1.5 - x + xy)^2 + (2.25 - x + xy^2)^2 + (2.625 - x + xy^3)^2',
  window: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  minima: [[3, 0.5]],
  saddles: [
    [0, 1],
    [0.10053793732415836, -2.644513585023125],
  ],
};

// himmelblau.ts
export const himmelblauMeta: CatalogueMeta = {
  id: 'himmelblau',
  name: 'Himmelblau',
  formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  tex: 'f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
  window: { x: [-6, 6], y: [-6, 6] },
  // (3, 2) is exact; the rest are roots of polynomial systems, refined by Newton's method
  // (tests/fixtures/surfaces/critical_points.py).
  minima: [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.28318599128617],
    [3.584428340330492, -1.848126526964404],
  ],
  saddles: [
    [3.385154183607021, 0.07385187983774928],
    [0.08667750455539636, 2.884254701174776],
    [-3.0730257507643897, -0.08135304428796751],
    [-0.12796134673068008, -1.9537149802445763],
  ],
  maxima: [[-0.2708445906673476, -0.9230385564799815]],
};

// six-hump-camel.ts
export const sixHumpCamelMeta: CatalogueMeta = {
  id: 'six-hump-camel',
  name: 'Six-hump camel',
  formula: '(4 - 2.1*x^2 + x^4/3)*x^2 + x*y + (-4 + 4*y^2)*y^2',
  tex: 'f(x, y) = \\left(4 - 2.1x^2 + \\tfrac{x^4}{3}\\right)x^2 + xy + (-4 + 4y^2)\\,y^2',
  window: { x: [-2.2, 2.2], y: [-1.2, 1.2] },
  // Global first, then the local ones; all refined by Newton's method.
  minima: [
    [0.08984201310031807, -0.7126564030207396],
    [-0.08984201310031807, 0.7126564030207396],
    [-1.703606714969981, 0.7960835686726252],
    [1.703606714969981, -0.7960835686726252],
    [-1.6071047529201972, -0.5686514548841314],
    [1.6071047529201972, 0.5686514548841314],
  ],
  saddles: [
    [0, 0],
    [-1.1092053368047865, 0.7682680925095399],
    [1.1092053368047865, -0.7682680925095399],
    [-1.6380679841897785, -0.22867406904439408],
    [1.6380679841897785, 0.22867406904439408],
    [1.2960702671671092, 0.6050843880386585],
    [-1.2960702671671092, -0.6050843880386585],
  ],
  maxima: [
    [-1.2302298765166526, -0.16233458445899496],
    [1.2302298765166526, 0.16233458445899496],
  ],
};

// multi-well.ts
export const multiWellMeta: CatalogueMeta = {
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
};

// double-well.ts
export const doubleWellMeta: CatalogueMeta = {
  id: 'double-well',
  name: 'Two wells and a saddle',
  formula: '(x^2 - 1)^2 + y^2',
  tex: 'f(x, y) = (x^2 - 1)^2 + y^2',
  window: { x: [-2, 2], y: [-1.5, 1.5] },
  minima: [
    [-1, 0],
    [1, 0],
  ],
  saddles: [[0, 0]],
};

// plateau.ts
export const plateauMeta: CatalogueMeta = {
  id: 'plateau',
  name: 'Plateau with a well',
  formula: '1 - exp(-(x^2 + y^2)/2)',
  tex: 'f(x, y) = 1 - \\exp\\!\\left(-\\tfrac{x^2 + y^2}{2}\\right)',
  window: { x: [-5, 5], y: [-5, 5] },
  minima: [[0, 0]],
};

// rastrigin.ts
export const rastriginMeta: CatalogueMeta = {
  id: 'rastrigin',
  name: 'Rastrigin',
  formula: '20 + x^2 + y^2 - 10*(cos(2*pi*x) + cos(2*pi*y))',
  tex: 'f(x, y) = 20 + x^2 + y^2 - 10\\,(\\cos 2\\pi x + \\cos 2\\pi y)',
  window: { x: [-HALF_WIDTH, HALF_WIDTH], y: [-HALF_WIDTH, HALF_WIDTH] },
  // Worked out when first read (rastriginCriticalPoints), and so is the entry's (defineSurface).
  get minima() {
    return rastriginCriticalPoints().minima;
  },
  get saddles() {
    return rastriginCriticalPoints().saddles;
  },
  get maxima() {
    return rastriginCriticalPoints().maxima;
  },
};

/** Every entry's data, in the catalogue's order (SURFACE_IDS). */
export const SURFACE_METAS: readonly CatalogueMeta[] = [
  roundBowlMeta,
  elongatedBowlMeta,
  rotatedBowlMeta,
  illConditionedBowlMeta,
  boothMeta,
  rosenbrockMeta,
  bealeMeta,
  himmelblauMeta,
  sixHumpCamelMeta,
  multiWellMeta,
  doubleWellMeta,
  plateauMeta,
  rastriginMeta,
];
