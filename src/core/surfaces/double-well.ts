import { defineSurface } from './entry';

/**
 * (x² − 1)² + y²: two equal wells at (±1, 0) and a saddle at the origin between them
 * (Hessian diag(−4, 2)). A start on the line x = 0 slides into the saddle and stops there,
 * where the gradient is zero but nothing is minimal.
 */
export const doubleWell = defineSurface(
  {
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
  },
  {
    f: (x, y) => (x * x - 1) ** 2 + y * y,
    grad: (x, y) => [4 * x * (x * x - 1), 2 * y],
    hessian: (x) => [
      [12 * x * x - 4, 0],
      [0, 2],
    ],
  },
);
