import { rotatedBowlMeta } from './metas';
import { quadraticBowl } from './quadratic-bowl';

/**
 * 6x² − 8xy + 6y²: the same kind of valley turned by 45°. A = [[12, −8], [−8, 12]] has
 * eigenvalues 4 and 20 along (1, 1) and (1, −1), so the floor runs along y = x; condition
 * number 5. gradient-field once called it the "tilted valley"; that id is an alias.
 */
export const rotatedBowl = /* @__PURE__ */ quadraticBowl(rotatedBowlMeta, [
  [12, -8],
  [-8, 12],
]);
