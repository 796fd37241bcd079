// The kit's arrowsPath: Plot.arrow's geometry, all arrows in one <path>, and its redraw in place.
import { arrow, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { arrowsPath, redrawArrowsPath } from '~/widgets/kit/arrowsPath';
import { markGroups } from '~/widgets/kit/markRedraw';
import type { LayerScales, PlotBase } from '~/widgets/kit/PlotFigure';
import { drawLayer, marksMarkup, scalesOf } from './layerDrawing';

const size = { width: 320, height: 240 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };

const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, size, 1);
const scales = (): LayerScales => scalesOf(base, size);

/** Four arrows: a long one, a short one (its head shortened), one with a NaN end, one of length 0. */
const arrows = (k: number) => ({
  x1: Float64Array.of(-1, 0, 1, 0.5, 1.5),
  y1: Float64Array.of(0, 1, 2, NaN, 1),
  x2: Float64Array.of(-0.8 + k, 0.3, 1, 0.6, 1.5),
  y2: Float64Array.of(0.4, 0.7 - k, 2.01, 1, 1),
});
const style = { stroke: 'currentColor', strokeOpacity: 0.4, headLength: 5 };

describe('arrowsPath', () => {
  it("draws Plot.arrow's arrows, to the last digit, as one path in a group labelled arrow", () => {
    const a = arrows(0);
    const plot = draw([arrow({ length: a.x1.length }, { ...a, ...style, strokeWidth: 1 })]);
    const ours = draw([arrowsPath(a, style)]);
    const plotPaths = [...markGroups(plot)[0]!.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
    // Plot keeps an empty path for the zero-length arrow and none for the undefined one.
    expect(plotPaths.filter((d) => d !== '')).toHaveLength(3);
    const [g] = markGroups(ours);
    expect(g!.getAttribute('aria-label')).toBe('arrow');
    expect(g!.children).toHaveLength(1);
    expect(g!.firstElementChild!.getAttribute('d')).toBe(plotPaths.join(''));
    for (const attribute of ['fill', 'stroke', 'stroke-opacity', 'stroke-linecap', 'stroke-miterlimit', 'transform']) {
      expect(g!.getAttribute(attribute), attribute).toBe(markGroups(plot)[0]!.getAttribute(attribute));
    }
    expect(g!.hasAttribute('stroke-width')).toBe(false);
    expect(markGroups(draw([arrowsPath(a, { ...style, strokeWidth: 2 })]))[0]!.getAttribute('stroke-width')).toBe('2');
  });

  it('draws no group when no arrow can be drawn, as Plot draws none for an empty mark', () => {
    const none = { x1: [0, NaN], y1: [0, 1], x2: [0, 1], y2: [0, 1] };
    expect(markGroups(draw([arrowsPath(none, style)]))).toHaveLength(0);
  });
});

describe('redrawArrowsPath', () => {
  it('gives the path of a new drawing, in the path on screen', () => {
    const svg = draw([arrowsPath(arrows(0), style)]);
    const path = markGroups(svg)[0]!.firstElementChild;
    const next = arrows(0.2);
    expect(redrawArrowsPath(markGroups(svg)[0]!, next, scales(), style)).toBe(true);
    expect(marksMarkup(svg)).toBe(marksMarkup(draw([arrowsPath(next, style)])));
    expect(markGroups(svg)[0]!.firstElementChild).toBe(path);
  });

  it('does nothing without scales', () => {
    const svg = draw([arrowsPath(arrows(0), style)]);
    const before = marksMarkup(svg);
    expect(redrawArrowsPath(markGroups(svg)[0]!, arrows(1), {}, style)).toBe(false);
    expect(marksMarkup(svg)).toBe(before);
  });
});
