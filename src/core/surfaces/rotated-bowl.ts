import { quadraticBowl } from './quadratic-bowl';

/**
 * 6x² − 8xy + 6y²: the same kind of valley turned by 45°. A = [[12, −8], [−8, 12]] has
 * eigenvalues 4 and 20 along (1, 1) and (1, −1), so the floor runs along y = x; condition
 * number 5. gradient-field once called it the "tilted valley"; that id is an alias.
 */
export const rotatedBowl = quadraticBowl(
  {
    id: 'rotated-bowl',
    name: 'Rotated bowl',
    formula: '6*x^2 - 8*x*y + 6*y^2',
    tex: 'f(x, y) = 6x^2 - 8xy + 6y^2',
    window: { x: [-4, 4], y: [-4, 4] },
    aliases: ['tilted-valley'],
  },
  [0, 0],
  [
    [12, -8],
    [-8, 12],
  ],
);
