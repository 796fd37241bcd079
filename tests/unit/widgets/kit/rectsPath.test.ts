// The kit's rectsPath: Plot.rect's rectangles (no insets), all in one <path>; rectangles with a
// corner not finite, or far off the figure, or of no area, left out.
import { rect, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { markGroups } from '~/widgets/kit/markRedraw';
import type { PlotBase } from '~/widgets/kit/PlotFigure';
import { rectsPath } from '~/widgets/kit/rectsPath';
import { drawLayer, onePathShapes, pathNumbers as numbers } from './layerDrawing';

const size = { width: 320, height: 240 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };
const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, size, 1);

const cells = [
  { x1: -1, x2: 0, y1: 0, y2: 0.5 },
  { x1: 0.5, x2: 0.25, y1: 2, y2: 1.5 }, // corners given the other way round
  { x1: -2, x2: 2, y1: 2.5, y2: 3 },
];

describe('rectsPath', () => {
  it("draws Plot.rect's rectangles as one path, with the mark's fill, opacity and rendering", () => {
    const plot = draw([rect(cells, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', inset: 0 })]);
    const boxes = [...markGroups(plot)[0]!.querySelectorAll('rect')].map((r) =>
      ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a))),
    );
    const [g] = markGroups(draw([rectsPath(cells, { fill: 'teal', fillOpacity: 0.42, shapeRendering: 'crispEdges' })]));
    expect(g!.getAttribute('aria-label')).toBe('rect');
    expect([g!.getAttribute('fill'), g!.getAttribute('fill-opacity'), g!.getAttribute('shape-rendering')]).toEqual([
      'teal',
      '0.42',
      'crispEdges',
    ]);
    expect(g!.children).toHaveLength(1);
    const parts = onePathShapes(g!);
    expect(parts).toHaveLength(3);
    parts.forEach((p, i) => {
      const [x0, y0, x1, y1, x0again] = numbers(p); // M x0,y0 H x1 V y1 H x0 Z
      const [x, y, w, h] = boxes[i]!;
      expect(x0).toBeCloseTo(x!, 2);
      expect(y0).toBeCloseTo(y!, 2);
      expect(x1! - x0!).toBeCloseTo(w!, 2);
      expect(y1! - y0!).toBeCloseTo(h!, 2);
      expect(x0again).toBe(x0);
    });
  });

  it('leaves out rectangles not finite, far off the figure or of no area; no group when none is left', () => {
    const bad = [
      { x1: Number.NaN, x2: 0, y1: 0, y2: 1 },
      { x1: 0, x2: 1e300, y1: 0, y2: 1 },
      { x1: 1, x2: 1, y1: 0, y2: 1 },
    ];
    expect(markGroups(draw([rectsPath(bad, { fill: 'teal' })]))).toHaveLength(0);
    const [g] = markGroups(draw([rectsPath([...bad, cells[0]!], { fill: 'teal' })]));
    expect(g!.firstElementChild!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
  });
});
