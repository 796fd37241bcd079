import { illConditionedBowlMeta } from './metas';
import { quadraticBowl } from './quadratic-bowl';

/**
 * ¼(x + y)² + 25(x − y)²: Hessian [[50.5, −49.5], [−49.5, 50.5]] with eigenvalues 1 along
 * (1, 1) and 100 along (1, −1): condition number 100, a narrow diagonal ravine where a fixed
 * step must stay below 2/100 and then crawls along the floor at a rate 1 − η.
 */
export const illConditionedBowl = /* @__PURE__ */ quadraticBowl(illConditionedBowlMeta, [
  [50.5, -49.5],
  [-49.5, 50.5],
]);
