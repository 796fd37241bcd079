// Redrawing a Plot line or rect mark in place gives the SVG a new Plot drawing gives.
import { line, rect, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { markGroups, redrawLines, redrawRects } from '~/widgets/kit/markRedraw';
import type { LayerScales, PlotBase } from '~/widgets/kit/PlotFigure';
import { drawLayer, marksMarkup, scalesOf } from './layerDrawing';

const size = { width: 320, height: 240 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };

const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, size, 1);
const scales = (): LayerScales => scalesOf(base, size);

const markup = marksMarkup;

describe('redrawLines', () => {
  const lines = (shift: number) => {
    // Three series; series 1 broken by a NaN, with a lone point after the break.
    const x = [-1.5, -1, -0.5, 0, 0.5, NaN, 1.5, 0, 1, 1.2 + shift];
    const y = [0, 1 + shift, 0.5, 2, 2.5, NaN, 1, -0.5, 0.5, 2.8];
    const z = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
    return { x: Float64Array.from(x), y: Float64Array.from(y), z: Int32Array.from(z) };
  };
  const mark = (l: ReturnType<typeof lines>) =>
    line({ length: l.x.length }, { x: l.x, y: l.y, z: l.z, stroke: 'currentColor', strokeWidth: 1 });

  it('gives the paths of a new drawing, breaks and lone points included', () => {
    const svg = draw([mark(lines(0))]);
    const next = lines(0.3);
    expect(redrawLines(markGroups(svg)[0]!, next.x, next.y, next.z, scales())).toBe(true);
    expect(markup(svg)).toBe(markup(draw([mark(next)])));
  });

  it('does nothing without scales', () => {
    const svg = draw([mark(lines(0))]);
    const before = markup(svg);
    const l = lines(1);
    expect(redrawLines(markGroups(svg)[0]!, l.x, l.y, l.z, {})).toBe(false);
    expect(markup(svg)).toBe(before);
  });
});

describe('redrawRects', () => {
  const cells = (n: number) =>
    Array.from({ length: n }, (_, k) => ({ x1: -2 + k / 2, x2: -1.5 + k / 2, y1: -1, y2: 0.25 * k }));
  const mark = (c: ReturnType<typeof cells>) => rect(c, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'grey' });

  it('gives the rectangles of a new drawing', () => {
    const svg = draw([mark(cells(3))]);
    expect(redrawRects(markGroups(svg)[0]!, cells(5), scales())).toBe(true);
    expect(markup(svg)).toBe(markup(draw([mark(cells(5))])));
  });
});
