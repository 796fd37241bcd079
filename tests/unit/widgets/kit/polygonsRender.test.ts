// The kit's polygonsRender: Plot.geo's own SVG for polygons, to the last character, written without
// d3-geo's stream; and Plot's own drawing wherever the render does not apply.
import { geo, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { contourPolygons } from '~/core/contour/contour-polygons';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { markGroups } from '~/widgets/kit/markRedraw';
import { polygonString, type PolygonGeometry } from '~/widgets/kit/pathStrings';
import type { PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import { drawLayer } from './layerDrawing';

const size = { width: 346, height: 263 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1.5, 2.5] }, marginLeft: 40 };

const draw = (marks: PlotOptions['marks'], extra: Partial<PlotOptions> = {}): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ ...extra, marks }) }, size, 1);

/** A layer's marks as markup, Plot's clip ids numbered afresh (they count up over the process). */
const markup = (svg: SVGSVGElement): string => {
  const ids = new Map<string, number>();
  return markGroups(svg)
    .map((g) => g.outerHTML)
    .join('\n')
    .replace(/plot-clip-\d+/g, (id) => {
      if (!ids.has(id)) ids.set(id, ids.size + 1);
      return `plot-clip-${ids.get(id)}`;
    });
};

/** Filled contour bands of a tilted bowl with a dip: rings with holes, several polygons per band. */
const grid = evaluateGrid(
  (x, y) => 1.3 + x * x + 0.6 * y * y + 0.3 * x * y - 1.2 * Math.exp(-((x - 1) ** 2 + (y - 1) ** 2) * 3),
  { x: [-2, 2], y: [-1.5, 2.5], nx: 41, ny: 37 },
);
const bands = contourPolygons(grid, [0.3, 0.8, 1.3, 1.8, 2.3, 3.3, 4.3, 5.3, 6.3, 7.3]);
const polygon: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [-1, -1],
      [1.5, -1],
      [1.5, 2],
      [-1, 2],
      [-1, -1],
    ],
    [
      [0, 0],
      [0.5, 0.5],
      [0, 1],
      [0, 0],
    ],
  ],
};

describe('polygonsRender', () => {
  it('draws filled contour bands as Plot.geo does, character for character', () => {
    expect(bands.some((b) => b.geometry.coordinates.length > 1)).toBe(true);
    for (const options of [
      { fill: 'value', fillOpacity: 0.9, stroke: 'white', strokeOpacity: 0.35, strokeWidth: 0.6 },
      { fill: 'value', fillOpacity: 0.75 },
      { fill: 'value', clip: true },
    ] as const) {
      const extra: Partial<PlotOptions> = { color: { type: 'log', scheme: 'viridis', domain: [0.05, 8] } };
      const plot = draw([geo(bands, { geometry: 'geometry', ...options })], extra);
      const ours = draw([geo(bands, { geometry: 'geometry', ...options, render: polygonsRender })], extra);
      expect(plot.querySelectorAll('g[aria-label="geo"] path').length).toBe(bands.length);
      expect(markup(ours)).toBe(markup(plot));
    }
  });

  it('draws a Polygon with a hole, and constant styles, as Plot.geo does', () => {
    const options = { fill: 'var(--widget-grid)', fillOpacity: 0.22, stroke: 'var(--widget-grid)', strokeWidth: 1 };
    const plot = draw([geo([polygon, polygon], options)]);
    const ours = draw([geo([polygon, polygon], { ...options, render: polygonsRender })]);
    expect(markup(ours)).toBe(markup(plot));
    expect(markup(ours)).toContain('Z');
  });

  it('leaves to Plot what it does not draw itself: other geometries, other channels, per-path styles', () => {
    const point = { type: 'Point', coordinates: [0, 0] };
    for (const [data, options] of [
      [[polygon, point], {}],
      [bands, { geometry: 'geometry', fill: 'value', title: 'value' }],
      [bands, { geometry: 'geometry', fill: 'value', opacity: 0.5 }],
      [bands, { geometry: 'geometry', fill: 'value', mixBlendMode: 'multiply' }],
    ] as const) {
      const plot = draw([geo(data, options)]);
      const ours = draw([geo(data, { ...options, render: polygonsRender })]);
      expect(markup(ours)).toBe(markup(plot));
    }
  });

  it('is a render transform, not a mark', () => {
    expect(() => draw([polygonsRender])).toThrow(/render transform/);
  });
});

describe('polygonString', () => {
  it('writes each ring as M…L…Z without its closing point, to 3 decimals, and nothing for no ring', () => {
    const px = (v: number): number => 10 * v + 1 / 3;
    const py = (v: number): number => -10 * v;
    expect(polygonString(polygon, px, py)).toBe(
      'M-9.667,10L15.333,10L15.333,-20L-9.667,-20ZM0.333,0L5.333,-5L0.333,-10Z',
    );
    expect(polygonString({ type: 'MultiPolygon', coordinates: [] }, px, py)).toBe('');
  });
});
