/** One error component over the steps: cᵢ(1 − ηλᵢ)ᵏ against k, for one eigen-direction. */
import { line, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import { fmt } from '~/widgets/kit/format';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { halo } from './halo';
import type { Direction } from './model';

/** The largest |value| shown, so the axis stays readable however large a diverging run gets. */
const CAP = 1e6;

export interface ComponentPoint {
  readonly k: number;
  readonly c: number;
}

export function componentPoints(d: Direction): ComponentPoint[] {
  return Array.from(d.values, (c, k) => ({ k, c: Math.max(-CAP, Math.min(CAP, c)) }));
}

/** Half the height of the y domain: the largest |error| drawn, with room. */
function halfHeight(d: Direction): number {
  let big = 0;
  for (const v of d.values) big = Math.max(big, Math.min(CAP, Math.abs(v)));
  return big > 0 ? big * 1.15 : 1;
}

/**
 * The key of the panel's axes: while a run converges its largest error is the first one, so
 * the axes stay as they are while η moves and only the points are redrawn.
 */
export function componentAxesKey(d: Direction, steps: number): string {
  return `${halfHeight(d)}|${steps}`;
}

export function componentBase(d: Direction, steps: number): PlotBase {
  const half = halfHeight(d);
  return {
    x: { domain: [0, steps], label: 'step k', labelAnchor: 'right' },
    y: { domain: [-half, half], label: `error along the ${d.name} direction`, labelAnchor: 'top' },
    grid: true,
  };
}

export function componentLayer(d: Direction, index: 0 | 1, steps: number): Layer {
  const pts = componentPoints(d);
  const stroke = color.series[index];
  return {
    key: `${d.factor}|${steps}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleY([0], { stroke: color.muted }),
        line(pts, { x: 'k', y: 'c', stroke, strokeOpacity: 0.5, strokeWidth: 1.5 }),
        dotsPath({ x: pts.map((p) => p.k), y: pts.map((p) => p.c) }, { r: 3, fill: stroke }),
        text([d], {
          frameAnchor: 'top-right',
          dy: 4,
          dx: -4,
          text: () => `× (1 − ηλ) = ${fmt(d.factor, 4)} per step`,
          fill: color.fg,
          fontWeight: 600,
          ...halo,
        }),
      ],
    }),
  };
}
