import { quadraticBowl } from './quadratic-bowl';

/**
 * x² + 10y²: an axis-aligned valley ten times steeper across y than along x (condition
 * number 10). gradient-field once called it the "stretched bowl"; that id is an alias.
 */
export const elongatedBowl = quadraticBowl(
  {
    id: 'elongated-bowl',
    name: 'Elongated bowl',
    formula: 'x^2 + 10*y^2',
    tex: 'f(x, y) = x^2 + 10\\,y^2',
    window: { x: [-6, 6], y: [-3, 3] },
    aliases: ['stretched-bowl'],
  },
  [0, 0],
  [
    [2, 0],
    [0, 20],
  ],
);
