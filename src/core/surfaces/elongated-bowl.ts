import { elongatedBowlMeta } from './metas';
import { quadraticBowl } from './quadratic-bowl';

/**
 * x² + 10y²: an axis-aligned valley ten times steeper across y than along x (condition
 * number 10). gradient-field once called it the "stretched bowl"; that id is an alias.
 */
export const elongatedBowl = /* @__PURE__ */ quadraticBowl(elongatedBowlMeta, [
  [2, 0],
  [0, 20],
]);
