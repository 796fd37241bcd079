// The kit's dotsPath: Plot.dot's places and sizes (circles, and squares of the same area), all
// dots in one <path>; dots not finite or far off the figure left out; an invalid radius refused.
import { dot, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { dotsPath } from '~/widgets/kit/dotsPath';
import { markGroups } from '~/widgets/kit/markRedraw';
import type { PlotBase } from '~/widgets/kit/PlotFigure';
import { drawLayer, onePathShapes, pathNumbers as numbers } from './layerDrawing';

const size = { width: 320, height: 240 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };
const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, size, 1);

const dots = { x: [-1, 0.5, 1.25, Number.NaN], y: [0, 2.5, 1, 1] };
const finite = { x: dots.x.slice(0, 3), y: dots.y.slice(0, 3) };

describe('dotsPath', () => {
  it('draws circles where Plot.dot draws them, of its radius, in one path', () => {
    const plot = draw([
      dot(
        finite.x.map((x, i) => [x, finite.y[i]]),
        { r: 3 },
      ),
    ]);
    const centres = [...markGroups(plot)[0]!.querySelectorAll('circle')].map((c) => [
      Number(c.getAttribute('cx')),
      Number(c.getAttribute('cy')),
    ]);
    const [g] = markGroups(draw([dotsPath(dots, { r: 3, fill: 'red', stroke: 'white', strokeWidth: 0.8 })]));
    expect(g!.getAttribute('aria-label')).toBe('dot');
    expect([g!.getAttribute('fill'), g!.getAttribute('stroke'), g!.getAttribute('stroke-width')]).toEqual([
      'red',
      'white',
      '0.8',
    ]);
    expect(g!.getAttribute('fill-opacity')).toBeNull();
    expect(g!.children).toHaveLength(1);
    // Each circle: M (cx + r, cy), two half-circle arcs of radius r, back to the start.
    const circles = onePathShapes(g!);
    expect(circles).toHaveLength(3); // the NaN point is left out
    circles.forEach((c, i) => {
      const [mx, my, rx, ry, , , , ax, ay] = numbers(c);
      expect(mx! - 3).toBeCloseTo(centres[i]![0]!, 2);
      expect(my).toBeCloseTo(centres[i]![1]!, 2);
      expect([rx, ry]).toEqual([3, 3]);
      expect(ax! + 3).toBeCloseTo(centres[i]![0]!, 2);
      expect(ay).toBeCloseTo(centres[i]![1]!, 2);
    });
  });

  it('draws squares of the area Plot gives its square symbol, at its places, with the fill opacity asked for', () => {
    const plot = draw([
      dot(
        finite.x.map((x, i) => [x, finite.y[i]]),
        { r: 3, symbol: 'square' },
      ),
    ]);
    const placed = [...markGroups(plot)[0]!.querySelectorAll('path')].map((p) => {
      const t = /translate\(([^,]+),([^)]+)\)/.exec(p.getAttribute('transform') ?? '')!;
      const [x0, y0, w] = numbers(p.getAttribute('d')!); // d3's square: M x0,y0 h w v w h −w Z
      return { x: Number(t[1]) + x0!, y: Number(t[2]) + y0!, w: w! };
    });
    const [g] = markGroups(draw([dotsPath(finite, { r: 3, symbol: 'square', fill: 'blue', fillOpacity: 0.75 })]));
    expect(g!.getAttribute('fill-opacity')).toBe('0.75');
    const squares = onePathShapes(g!);
    expect(squares).toHaveLength(3);
    squares.forEach((s, i) => {
      const [x, y, w, v, h] = numbers(s);
      expect(x).toBeCloseTo(placed[i]!.x, 2);
      expect(y).toBeCloseTo(placed[i]!.y, 2);
      expect(w).toBeCloseTo(placed[i]!.w, 2);
      expect([v, h]).toEqual([w, -w!]);
    });
  });

  it('takes points as well as columns, and leaves out a dot far off the figure (a diverging run)', () => {
    const points = [
      { x: -1, y: 0 },
      { x: 1e300, y: 1 },
      { x: 0.5, y: -1e300 },
      { x: 1.25, y: 1 },
    ];
    const [g] = markGroups(draw([dotsPath(points, { r: 2, fill: 'red' })]));
    const d = g!.firstElementChild!.getAttribute('d')!;
    expect(d).not.toMatch(/e|Infinity|NaN/);
    const [only] = markGroups(draw([dotsPath({ x: [-1, 1.25], y: [0, 1] }, { r: 2, fill: 'red' })]));
    expect(d).toBe(only!.firstElementChild!.getAttribute('d'));
  });

  it('draws no group when no dot is finite, and refuses a radius that is not a positive number', () => {
    expect(markGroups(draw([dotsPath({ x: [Number.NaN], y: [1] }, { r: 3, fill: 'red' })]))).toHaveLength(0);
    for (const r of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => draw([dotsPath(finite, { r, fill: 'red' })])).toThrow(RangeError);
  });
});
