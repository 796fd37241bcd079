// optimizer-race's racer paths: a racer's visible pieces drawn as one path (linesPath), with
// Plot.line's geometry for a line per piece (its `z`), to the last digit.
import { line, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { linesPath } from '~/widgets/kit/linesPath';
import { markGroups } from '~/widgets/kit/markRedraw';
import type { PlotBase } from '~/widgets/kit/PlotFigure';
import { piecesAsLines } from '~/widgets/optimizer-race/mapPanel';
import { drawLayer } from '../kit/layerDrawing';

const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };
const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, { width: 320, height: 240 }, 1);
const pathsOf = (svg: SVGSVGElement): string[] =>
  [...markGroups(svg)[0]!.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');

/** A racer clipped to the window in three pieces, one a lone point. */
const pieces = [
  [
    { x: -1.5, y: 0 },
    { x: -1, y: 0.25 },
  ],
  [{ x: 0, y: 1 }],
  [
    { x: 0.5, y: 1.5 },
    { x: 1, y: 2 },
    { x: 1.25, y: 2.75 },
  ],
];

describe('piecesAsLines', () => {
  it('gives each piece its points in order and a line id of its own', () => {
    const c = piecesAsLines(pieces);
    expect(Array.from(c.x)).toEqual([-1.5, -1, 0, 0.5, 1, 1.25]);
    expect(Array.from(c.y)).toEqual([0, 0.25, 1, 1.5, 2, 2.75]);
    expect(Array.from(c.line!)).toEqual([0, 0, 1, 2, 2, 2]);
    expect(piecesAsLines([]).x).toHaveLength(0);
  });

  it('draws in one path what Plot.line draws with a z per piece, to the last digit', () => {
    const style = { stroke: 'var(--widget-c2)', strokeWidth: 2, strokeDasharray: '6,3', strokeOpacity: 0.9 };
    const pts = pieces.flat();
    const z = pieces.flatMap((piece, i) => piece.map(() => i));
    const plot = draw([line(pts, { x: 'x', y: 'y', z, ...style })]);
    const ours = draw([linesPath(piecesAsLines(pieces), style)]);
    expect(pathsOf(plot)).toHaveLength(3);
    expect(pathsOf(ours)).toEqual([pathsOf(plot).join('')]);
  });
});
