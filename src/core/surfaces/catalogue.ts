/**
 * The catalogue of 2-D test surfaces every widget and the playground offer. Ids are stable
 * (they appear in URLs); `resolveSurfaceId` also maps the aliases old URLs used.
 */
import type { CatalogueSurface } from './entry';
import { beale } from './beale';
import { booth } from './booth';
import { doubleWell } from './double-well';
import { elongatedBowl } from './elongated-bowl';
import { himmelblau } from './himmelblau';
import { illConditionedBowl } from './ill-conditioned-bowl';
import { multiWell } from './multi-well';
import { plateau } from './plateau';
import { rastrigin } from './rastrigin';
import { rosenbrock } from './rosenbrock';
import { rotatedBowl } from './rotated-bowl';
import { roundBowl } from './round-bowl';
import { sixHumpCamel } from './six-hump-camel';

export const SURFACE_IDS = [
  'round-bowl',
  'elongated-bowl',
  'rotated-bowl',
  'ill-conditioned-bowl',
  'booth',
  'rosenbrock',
  'beale',
  'himmelblau',
  'six-hump-camel',
  'multi-well',
  'double-well',
  'plateau',
  'rastrigin',
] as const;

export type SurfaceId = (typeof SURFACE_IDS)[number];

/** Every surface by id, in the order of SURFACE_IDS (convex quadratics first). */
export const SURFACES: Readonly<Record<SurfaceId, CatalogueSurface>> = {
  'round-bowl': roundBowl,
  'elongated-bowl': elongatedBowl,
  'rotated-bowl': rotatedBowl,
  'ill-conditioned-bowl': illConditionedBowl,
  booth,
  rosenbrock,
  beale,
  himmelblau,
  'six-hump-camel': sixHumpCamel,
  'multi-well': multiWell,
  'double-well': doubleWell,
  plateau,
  rastrigin,
};

/** The catalogue as a list, in the order of SURFACE_IDS. */
export const SURFACE_CATALOGUE: readonly CatalogueSurface[] = SURFACE_IDS.map((id) => SURFACES[id]);

/** Old id → current id, from each entry's `aliases`. */
export const SURFACE_ALIASES: Readonly<Record<string, SurfaceId>> = Object.fromEntries(
  SURFACE_CATALOGUE.flatMap((s) => s.aliases.map((a) => [a, s.id as SurfaceId])),
);

/** The current id for an id or an alias, or undefined for anything else (untrusted URL text is fine). */
export function resolveSurfaceId(id: string): SurfaceId | undefined {
  if (Object.hasOwn(SURFACES, id)) return id as SurfaceId;
  return Object.hasOwn(SURFACE_ALIASES, id) ? SURFACE_ALIASES[id] : undefined;
}

/** The surface for an id or an alias, or undefined. */
export function surfaceById(id: string): CatalogueSurface | undefined {
  const resolved = resolveSurfaceId(id);
  return resolved === undefined ? undefined : SURFACES[resolved];
}
