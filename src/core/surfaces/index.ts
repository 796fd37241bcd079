/** The 2-D surface catalogue: `SURFACE_CATALOGUE`, `SURFACES`, `surfaceById`, `resolveSurfaceId`. */
export {
  SURFACE_IDS,
  SURFACES,
  SURFACE_CATALOGUE,
  SURFACE_ALIASES,
  resolveSurfaceId,
  surfaceById,
  type SurfaceId,
} from './catalogue';
export {
  defineSurface,
  type CatalogueSurface,
  type CatalogueMeta,
  type CriticalPoint,
  type KnownMinimum,
  type SurfaceWindow,
} from './entry';
export { SURFACE_METAS } from './metas';
export { quadraticBowl, type Sym2 } from './quadratic-bowl';
export { roundBowl } from './round-bowl';
export { elongatedBowl } from './elongated-bowl';
export { rotatedBowl } from './rotated-bowl';
export { illConditionedBowl } from './ill-conditioned-bowl';
export { booth } from './booth';
export { rosenbrock } from './rosenbrock';
export { beale } from './beale';
export { himmelblau } from './himmelblau';
export { sixHumpCamel } from './six-hump-camel';
export { multiWell } from './multi-well';
export { doubleWell } from './double-well';
export { plateau } from './plateau';
export { rastrigin } from './rastrigin';
