import type { Surface2D } from './objective';
import { makeSurface2D } from './surface-2d';

/** Himmelblau's function (x² + y − 11)² + (x + y² − 7)²: four minima, all with value 0. */
export const himmelblau: Surface2D = makeSurface2D(
  {
    id: 'himmelblau',
    name: 'Himmelblau',
    tex: 'f(x, y) = (x^2 + y - 11)^2 + (x + y^2 - 7)^2',
    domain: { x: [-6, 6], y: [-6, 6] },
    // (3, 2) is exact; the other three are roots of a quartic, refined by Newton's method.
    minima: [
      [3, 2],
      [-2.805118086952745, 3.131312518250573],
      [-3.779310253377747, -3.283185991286170],
      [3.584428340330492, -1.848126526964404],
    ],
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
