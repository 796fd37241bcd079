/**
 * The catalogue surfaces the race offers, imported one by one so that the page carries only
 * these (the whole catalogue costs a few KB more).
 */
import { doubleWell } from '~/core/surfaces/double-well';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import { himmelblau } from '~/core/surfaces/himmelblau';
import { illConditionedBowl } from '~/core/surfaces/ill-conditioned-bowl';
import { multiWell } from '~/core/surfaces/multi-well';
import { plateau } from '~/core/surfaces/plateau';
import { rosenbrock } from '~/core/surfaces/rosenbrock';
import { sixHumpCamel } from '~/core/surfaces/six-hump-camel';
import type { RaceSurfaceId } from './state';

export const SURFACES: Readonly<Record<RaceSurfaceId, CatalogueSurface>> = {
  rosenbrock,
  'double-well': doubleWell,
  'ill-conditioned-bowl': illConditionedBowl,
  himmelblau,
  'six-hump-camel': sixHumpCamel,
  'multi-well': multiWell,
  plateau,
};
