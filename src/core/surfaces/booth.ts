import { quadraticBowl } from './quadratic-bowl';

/**
 * Booth's function (x + 2y − 7)² + (2x + y − 5)²: a quadratic with Hessian [[10, 8], [8, 10]]
 * (eigenvalues 2 and 18), minimum 0 at (1, 3).
 */
export const booth = quadraticBowl(
  {
    id: 'booth',
    name: 'Booth',
    formula: '(x + 2*y - 7)^2 + (2*x + y - 5)^2',
    tex: 'f(x, y) = (x + 2y - 7)^2 + (2x + y - 5)^2',
    window: { x: [-10, 10], y: [-10, 10] },
  },
  [1, 3],
  [
    [10, 8],
    [8, 10],
  ],
);
