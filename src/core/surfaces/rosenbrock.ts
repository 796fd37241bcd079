import { defineSurface } from './entry';

/** Rosenbrock's banana (1 − x)² + 100 (y − x²)²: a curved, flat-bottomed valley, minimum (1, 1). */
export const rosenbrock = defineSurface(
  {
    id: 'rosenbrock',
    name: 'Rosenbrock',
    formula: '(1 - x)^2 + 100*(y - x^2)^2',
    tex: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
    window: { x: [-2, 2], y: [-1, 3] },
    minima: [[1, 1]],
  },
  {
    f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    grad: (x, y) => {
      const v = y - x * x;
      return [-2 * (1 - x) - 400 * x * v, 200 * v];
    },
    hessian: (x, y) => [
      [2 - 400 * y + 1200 * x * x, -400 * x],
      [-400 * x, 200],
    ],
  },
);
