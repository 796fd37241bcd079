import { roundBowlMeta } from './metas';
import { quadraticBowl } from './quadratic-bowl';

/** (x − 2)² + (y + 3)², minimum (2, −3): the notebook recipe's first bowl, in its plot window. */
export const roundBowl = /* @__PURE__ */ quadraticBowl(roundBowlMeta, [
  [2, 0],
  [0, 2],
]);
