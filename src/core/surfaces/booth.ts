import { boothMeta } from './metas';
import { quadraticBowl } from './quadratic-bowl';

/**
 * Booth's function (x + 2y − 7)² + (2x + y − 5)²: a quadratic with Hessian [[10, 8], [8, 10]]
 * (eigenvalues 2 and 18), minimum 0 at (1, 3).
 */
export const booth = /* @__PURE__ */ quadraticBowl(boothMeta, [
  [10, 8],
  [8, 10],
]);
