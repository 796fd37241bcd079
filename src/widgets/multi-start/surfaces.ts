/**
 * The catalogue surfaces the basin map offers, imported one by one so that the page and its
 * worker carry only these (the whole catalogue costs a few KB more in each).
 */
import { doubleWell } from '~/core/surfaces/double-well';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import { himmelblau } from '~/core/surfaces/himmelblau';
import { multiWell } from '~/core/surfaces/multi-well';
import { plateau } from '~/core/surfaces/plateau';
import { rosenbrock } from '~/core/surfaces/rosenbrock';
import { sixHumpCamel } from '~/core/surfaces/six-hump-camel';
import type { BasinSurfaceId } from './state';

export const SURFACES: Readonly<Record<BasinSurfaceId, CatalogueSurface>> = {
  himmelblau,
  rosenbrock,
  'six-hump-camel': sixHumpCamel,
  'multi-well': multiWell,
  'double-well': doubleWell,
  plateau,
};
