import { quadraticBowl } from './quadratic-bowl';

/**
 * ¼(x + y)² + 25(x − y)²: Hessian [[50.5, −49.5], [−49.5, 50.5]] with eigenvalues 1 along
 * (1, 1) and 100 along (1, −1): condition number 100, a narrow diagonal ravine where a fixed
 * step must stay below 2/100 and then crawls along the floor at a rate 1 − η.
 */
export const illConditionedBowl = quadraticBowl(
  {
    id: 'ill-conditioned-bowl',
    name: 'Ill-conditioned bowl',
    formula: '0.25*(x + y)^2 + 25*(x - y)^2',
    tex: 'f(x, y) = \\tfrac14 (x + y)^2 + 25\\,(x - y)^2',
    window: { x: [-3, 3], y: [-3, 3] },
  },
  [0, 0],
  [
    [50.5, -49.5],
    [-49.5, 50.5],
  ],
);
