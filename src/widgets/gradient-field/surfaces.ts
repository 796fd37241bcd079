/** The surfaces gradient-field offers (all from the core) and the window each is shown in. */
import { formulaText } from '~/widgets/kit/format';
import { elongatedBowl } from '~/core/surfaces/elongated-bowl';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import { himmelblau } from '~/core/surfaces/himmelblau';
import { rotatedBowl } from '~/core/surfaces/rotated-bowl';
import { roundBowl } from '~/core/surfaces/round-bowl';
import type { SurfaceId } from './state';

export interface SurfaceChoice {
  readonly id: SurfaceId;
  readonly label: string;
  /** Plain-text formula for captions and the summary. */
  readonly formula: string;
  readonly surface: CatalogueSurface;
  /** The smallest window shown; the figure widens one side to keep x and y at the same scale. */
  readonly window: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Where the probe starts when this surface is chosen. */
  readonly probe: readonly [number, number];
}

const W: [string, string] = ['w₁', 'w₂'];
const formula = (s: CatalogueSurface): string => formulaText(s.formula, W);

export const SURFACES: Record<SurfaceId, SurfaceChoice> = {
  'elongated-bowl': {
    id: 'elongated-bowl',
    label: `${elongatedBowl.name}: ${formula(elongatedBowl)}`,
    formula: `f(w₁, w₂) = ${formula(elongatedBowl)}`,
    surface: elongatedBowl,
    window: { x: [-6, 6], y: [-4, 4] },
    probe: [4, 1],
  },
  'round-bowl': {
    id: 'round-bowl',
    label: `${roundBowl.name}: ${formula(roundBowl)}`,
    formula: `f(w₁, w₂) = ${formula(roundBowl)}`,
    surface: roundBowl,
    window: { x: [-7, 11], y: [-10, 6] },
    probe: [-5, 5],
  },
  'rotated-bowl': {
    id: 'rotated-bowl',
    label: `${rotatedBowl.name}: ${formula(rotatedBowl)}`,
    formula: `f(w₁, w₂) = ${formula(rotatedBowl)}`,
    surface: rotatedBowl,
    window: { x: [-4, 4], y: [-3, 3] },
    probe: [2.5, -1],
  },
  himmelblau: {
    id: 'himmelblau',
    label: `${himmelblau.name}: four valleys`,
    formula: `f(w₁, w₂) = ${formula(himmelblau)}`,
    surface: himmelblau,
    window: { x: [-5.5, 5.5], y: [-5, 5] },
    probe: [0, 0],
  },
};
