import { defineSurface } from './entry';

/**
 * Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four minima, all with value 0, four
 * saddles between them and a local maximum near (−0.27, −0.92).
 */
export const himmelblau = defineSurface(
  {
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
  },
  {
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
  },
);
