/**
 * The surfaces gradient-field offers (entries of the core's catalogue) with what this figure
 * adds: the smallest window it shows (the figure widens one side to keep x and y at the same
 * scale) and where the probe starts.
 */
import type { CatalogueSurface } from '~/core/surfaces';
import { elongatedBowl } from '~/core/surfaces/elongated-bowl';
import { himmelblau } from '~/core/surfaces/himmelblau';
import { rotatedBowl } from '~/core/surfaces/rotated-bowl';
import { roundBowl } from '~/core/surfaces/round-bowl';
import { formulaText } from '~/widgets/kit/format';
import type { SurfaceId } from './state';

export interface SurfaceChoice {
  readonly id: SurfaceId;
  /** The catalogue's name, for the select. */
  readonly label: string;
  /** "f(x, y) = …" for captions and the summary. */
  readonly formula: string;
  readonly surface: CatalogueSurface;
  readonly window: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Where the probe starts when this surface is chosen. */
  readonly probe: readonly [number, number];
}

/** The catalogue entries offered, imported one by one so the page loads only these. */
const CATALOGUE: Record<SurfaceId, CatalogueSurface> = {
  'elongated-bowl': elongatedBowl,
  'round-bowl': roundBowl,
  'rotated-bowl': rotatedBowl,
  himmelblau,
};

function choice(id: SurfaceId, window: SurfaceChoice['window'], probe: readonly [number, number]): SurfaceChoice {
  const surface = CATALOGUE[id];
  return { id, label: surface.name, formula: `f(x, y) = ${formulaText(surface.formula)}`, surface, window, probe };
}

export const SURFACES: Record<SurfaceId, SurfaceChoice> = {
  'elongated-bowl': choice('elongated-bowl', { x: [-6, 6], y: [-4, 4] }, [4, 1]),
  'round-bowl': choice('round-bowl', { x: [-7, 11], y: [-10, 6] }, [-5, 5]),
  'rotated-bowl': choice('rotated-bowl', { x: [-4, 4], y: [-3, 3] }, [2.5, -1]),
  himmelblau: choice('himmelblau', { x: [-5.5, 5.5], y: [-5, 5] }, [0, 0]),
};
