import { quadraticBowl } from './quadratic-bowl';

/** (x − 2)² + (y + 3)², minimum (2, −3): the notebook recipe's first bowl, in its plot window. */
export const roundBowl = quadraticBowl(
  {
    id: 'round-bowl',
    name: 'Round bowl',
    formula: '(x - 2)^2 + (y + 3)^2',
    tex: 'f(x, y) = (x - 2)^2 + (y + 3)^2',
    window: { x: [-6, 6], y: [-8, 8] },
  },
  [2, -3],
  [
    [2, 0],
    [0, 2],
  ],
);
