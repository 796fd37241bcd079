// The kit's linesPath: Plot.line's lines (with a z channel) to the last digit, all in one <path>.
import { line, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { linesPath } from '~/widgets/kit/linesPath';
import { markGroups } from '~/widgets/kit/markRedraw';
import type { PlotBase } from '~/widgets/kit/PlotFigure';
import { drawLayer } from './layerDrawing';

const size = { width: 320, height: 240 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };

const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, size, 1);

/**
 * Three lines, not in order (line 2's points come between line 0's), one broken by a NaN, one a
 * lone point after its break (closed into a dot), and one with no finite point at all.
 */
const lines = {
  x: Float64Array.of(-1, -0.5, 1, 1.2, 0, 0.1, NaN, 0.3, 1.5, 1.1, NaN, NaN),
  y: Float64Array.of(0, 0.5, 2, 2.2, 1, 1.1, NaN, 1.4, 0.2, 0.3, 0, 1),
  line: Int32Array.of(0, 0, 2, 2, 0, 1, 1, 1, 2, 0, 3, 3),
};

const pathsOf = (svg: SVGSVGElement): string[] =>
  [...markGroups(svg)[0]!.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');

describe('linesPath', () => {
  it("draws Plot.line's lines with z, to the last digit and in Plot's order, as one path in a group labelled line", () => {
    for (const style of [
      { stroke: 'var(--widget-muted)', strokeOpacity: 0.45, strokeWidth: 1 },
      { stroke: 'currentColor', strokeWidth: 0.8 },
      { stroke: 'red', strokeOpacity: 1 },
      { stroke: 'var(--widget-c2)', strokeWidth: 1.8, strokeDasharray: '6,3' },
      { stroke: 'blue', strokeDasharray: undefined },
    ]) {
      const plot = draw([line({ length: lines.x.length }, { ...lines, z: lines.line, ...style })]);
      const ours = draw([linesPath(lines, style)]);
      expect(pathsOf(plot).length, style.stroke).toBeGreaterThan(1);
      const [g] = markGroups(ours);
      expect(g!.children).toHaveLength(1);
      expect(pathsOf(ours)).toEqual([pathsOf(plot).join('')]);
      const names = (e: Element): string[] => [...e.attributes].map((a) => `${a.name}=${a.value}`);
      expect(names(g!), style.stroke).toEqual(names(markGroups(plot)[0]!));
    }
  });

  it('without line ids draws one line, broken where a point is not finite, as Plot.line without z', () => {
    const style = { stroke: 'currentColor', strokeOpacity: 0.5 };
    const plot = draw([line({ length: lines.x.length }, { x: lines.x, y: lines.y, ...style })]);
    expect(pathsOf(draw([linesPath({ x: lines.x, y: lines.y }, style)]))).toEqual(pathsOf(plot));
  });

  it('draws no group when no line can be drawn, as Plot draws none for an empty mark', () => {
    const style = { stroke: 'currentColor' };
    expect(markGroups(draw([linesPath({ x: [], y: [] }, style)]))).toHaveLength(0);
    expect(markGroups(draw([linesPath({ x: [NaN, 1], y: [0, NaN], line: [0, 1] }, style)]))).toHaveLength(0);
    expect(markGroups(draw([line({ length: 0 }, { x: [], y: [], ...style })]))).toHaveLength(0);
  });
});
