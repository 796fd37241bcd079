/**
 * A vertical line at one x (the iteration a scrubber shows, a slider's value) as a layer of
 * its own that, once drawn, only moves: a new x sets the line's two x attributes through the
 * figure's x scale instead of running Plot again for one line.
 */
import { ruleX, type PlotOptions } from '@observablehq/plot';
import type { Layer, LayerScales } from './PlotFigure';

export interface CursorStyle {
  readonly stroke: string;
  readonly strokeWidth?: number;
  readonly strokeDasharray?: string;
}

/**
 * `frame` names what fixes the x scale (e.g. its domain, "0-600"), so that the line moves
 * when the axis changes under the same x. The line is moved with the x scale of the
 * figure's layer 0 (the base's), which the kit draws before the layers above it.
 */
export function cursorLayer(x: number, style: CursorStyle, frame = ''): Layer {
  return {
    key: `cursor|${frame}|${x}`,
    plot: (): PlotOptions => ({ marks: [ruleX([x], style)] }),
    update(svg: SVGSVGElement, scales: LayerScales): boolean {
      const line = svg.querySelector('g[aria-label="rule"] > line');
      const px = Number(scales.x?.apply?.(x));
      if (line === null || !Number.isFinite(px)) return false;
      line.setAttribute('x1', String(px));
      line.setAttribute('x2', String(px));
      return true;
    },
  };
}
