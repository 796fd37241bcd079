// A figure layer drawn as the build draws it (Plot on the server's document), and the scales its
// layer 0 would have: what a layer's `update` gets, for tests that compare it with a new drawing.
import { plot } from '@observablehq/plot';
import {
  axesLayer,
  layerOptions,
  type Layer,
  type LayerScales,
  type PlotBase,
  type Size,
} from '~/widgets/kit/PlotFigure';
import { markGroups } from '~/widgets/kit/markRedraw';
import { ssrDocument } from '~/widgets/kit/ssrDocument';

export function drawLayer(base: PlotBase, layer: Layer, size: Size, index: number): SVGSVGElement {
  const options = layerOptions(base, layer, size, index, ssrDocument());
  if (options === null) throw new Error('layer drew nothing');
  return plot(options) as unknown as SVGSVGElement;
}

export function scalesOf(base: PlotBase, size: Size): LayerScales {
  const fig = drawLayer(base, axesLayer(), size, 0) as unknown as ReturnType<typeof plot>;
  return { x: fig.scale('x') as LayerScales['x'], y: fig.scale('y') as LayerScales['y'] };
}

/** Markup with its numbers to a thousandth (lines: d3-shape writes a thousandth; the tests compare what is drawn, not digits). */
export const thousandths = (markup: string): string =>
  markup.replace(/-?\d+\.\d{4,}/g, (n) => String(Math.round(Number(n) * 1000) / 1000));

/** The marks of a drawn layer (its groups), one per line, numbers to a thousandth. */
export const marksMarkup = (svg: SVGSVGElement): string =>
  thousandths(
    markGroups(svg)
      .map((g) => g.outerHTML)
      .join('\n'),
  );

/** The numbers of a path string, in order. */
export const pathNumbers = (d: string): number[] => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);

/** The closed shapes of a one-path mark (a group with one `<path>`: dotsPath, rectsPath), each its path data. */
export const onePathShapes = (group: Element): string[] =>
  (group.firstElementChild?.getAttribute('d') ?? '').split('Z').filter((s) => s !== '');
