/** The surfaces gradient-field offers (all from the core) and the window each is shown in. */
import { elongatedBowl, rotatedBowl, roundBowl } from '~/core/loss/bowls';
import { himmelblau } from '~/core/loss/himmelblau';
import type { Surface2D } from '~/core/loss/objective';
import type { SurfaceId } from './state';

export interface SurfaceChoice {
  readonly id: SurfaceId;
  readonly label: string;
  /** Plain-text formula for captions and the summary. */
  readonly formula: string;
  readonly surface: Surface2D;
  /** The smallest window shown; the figure widens one side to keep x and y at the same scale. */
  readonly window: { readonly x: readonly [number, number]; readonly y: readonly [number, number] };
  /** Where the probe starts when this surface is chosen. */
  readonly probe: readonly [number, number];
}

export const SURFACES: Record<SurfaceId, SurfaceChoice> = {
  'elongated-bowl': {
    id: 'elongated-bowl',
    label: `${elongatedBowl.name}: w₁² + 10w₂²`,
    formula: 'f(w₁, w₂) = w₁² + 10w₂²',
    surface: elongatedBowl,
    window: { x: [-6, 6], y: [-4, 4] },
    probe: [4, 1],
  },
  'round-bowl': {
    id: 'round-bowl',
    label: `${roundBowl.name}: (w₁ − 2)² + (w₂ + 3)²`,
    formula: 'f(w₁, w₂) = (w₁ − 2)² + (w₂ + 3)²',
    surface: roundBowl,
    window: { x: [-7, 11], y: [-10, 6] },
    probe: [-5, 5],
  },
  'rotated-bowl': {
    id: 'rotated-bowl',
    label: `${rotatedBowl.name}: 6w₁² − 8w₁w₂ + 6w₂²`,
    formula: 'f(w₁, w₂) = 6w₁² − 8w₁w₂ + 6w₂²',
    surface: rotatedBowl,
    window: { x: [-4, 4], y: [-3, 3] },
    probe: [2.5, -1],
  },
  himmelblau: {
    id: 'himmelblau',
    label: `${himmelblau.name}: four valleys`,
    formula: 'f(w₁, w₂) = (w₁² + w₂ − 11)² + (w₁ + w₂² − 7)²',
    surface: himmelblau,
    window: { x: [-5.5, 5.5], y: [-5, 5] },
    probe: [0, 0],
  },
};
