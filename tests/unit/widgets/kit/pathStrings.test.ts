// Path strings written from numbers only (a worker's), for the figure's pixel frame, are the ones
// the in-place redraws and Plot write.
import { arrow, line, type PlotOptions } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { markGroups, pixelDistanceOn, pixelFrame, redrawLines, redrawPaths } from '~/widgets/kit/markRedraw';
import {
  arrowStrings,
  frameDistance,
  isPixelFrame,
  lineStrings,
  linearPixels,
  samePixelFrame,
} from '~/widgets/kit/pathStrings';
import type { PlotBase } from '~/widgets/kit/PlotFigure';
import { drawLayer, marksMarkup, scalesOf } from './layerDrawing';

const size = { width: 320, height: 240 };
const base: PlotBase = { x: { domain: [-2, 2] }, y: { domain: [-1, 3] } };
const draw = (marks: PlotOptions['marks']): SVGSVGElement =>
  drawLayer(base, { key: 'k', plot: () => ({ marks }) }, size, 1);

describe('pixelFrame', () => {
  it("is the figure's linear scales as numbers, mapping data to the scales' own pixels", () => {
    const scales = scalesOf(base, size);
    const frame = pixelFrame(scales)!;
    expect(frame).not.toBeNull();
    expect(structuredClone(frame)).toEqual(frame);
    expect(isPixelFrame(frame)).toBe(true);
    const px = linearPixels(frame.x);
    const py = linearPixels(frame.y);
    for (const v of [-2, -1.37, 0, 0.1, 2, 5.5]) {
      expect(px(v)).toBe(Number(scales.x!.apply!(v)));
      expect(py(v)).toBe(Number(scales.y!.apply!(v)));
    }
    const a = { x: 0.3, y: -0.2 };
    const b = { x: 1.1, y: 2.4 };
    expect(frameDistance(frame)(a, b)).toBe(pixelDistanceOn(scales)!(a, b));
  });

  it('is null for scales that are not linear, and another size or window is another frame', () => {
    const log: PlotBase = { x: { domain: [1, 100], type: 'log' }, y: { domain: [-1, 3] } };
    expect(pixelFrame(scalesOf(log, size))).toBeNull();
    expect(pixelFrame({})).toBeNull();
    const frame = pixelFrame(scalesOf(base, size));
    expect(samePixelFrame(frame, pixelFrame(scalesOf(base, size)))).toBe(true);
    expect(samePixelFrame(frame, pixelFrame(scalesOf(base, { width: 321, height: 240 })))).toBe(false);
    expect(samePixelFrame(frame, pixelFrame(scalesOf({ ...base, y: { domain: [-1, 4] } }, size)))).toBe(false);
    expect(samePixelFrame(frame, null)).toBe(false);
  });

  it('is checked before a worker uses one it received', () => {
    for (const junk of [null, 3, {}, { x: { domain: [0, 1], range: [0, 1] } }, { x: 'a', y: 'b' }]) {
      expect(isPixelFrame(junk)).toBe(false);
    }
    const flat = { domain: [1, 1], range: [0, 100] };
    expect(isPixelFrame({ x: flat, y: { domain: [0, 1], range: [0, 100] } })).toBe(false);
    const nan = { domain: [0, Number.NaN], range: [0, 100] };
    expect(isPixelFrame({ x: nan, y: nan })).toBe(false);
  });
});

describe('lineStrings and arrowStrings, with the pixel functions of a frame', () => {
  it('are the paths of a new drawing, as a worker writes them', () => {
    const frame = pixelFrame(scalesOf(base, size))!;
    const px = linearPixels(frame.x);
    const py = linearPixels(frame.y);
    const x = Float64Array.of(-1.5, -1, -0.5, NaN, 0.5, 0, 1, 1.9);
    const y = Float64Array.of(0, 1, 0.5, NaN, 2.5, -0.5, 0.5, 2.8);
    const z = Int32Array.of(0, 0, 0, 0, 0, 1, 1, 1);
    const lines = line({ length: x.length }, { x, y, z, stroke: 'currentColor', strokeWidth: 1 });
    const svg = draw([line({ length: 2 }, { x: [0, 1], y: [0, 1], stroke: 'currentColor', strokeWidth: 1 })]);
    redrawPaths(markGroups(svg)[0]!, lineStrings(x, y, z, px, py));
    expect(marksMarkup(svg)).toBe(marksMarkup(draw([lines])));

    const a = {
      x1: Float64Array.of(-1, 0),
      y1: Float64Array.of(0, 1),
      x2: Float64Array.of(-0.5, 0.01),
      y2: Float64Array.of(1, 1),
    };
    const arrows = (c: typeof a) =>
      arrow({ length: c.x1.length }, { ...c, stroke: 'currentColor', strokeWidth: 1, headLength: 5 });
    const drawn = draw([arrows({ ...a, x2: Float64Array.of(1, 1) })]);
    redrawPaths(markGroups(drawn)[0]!, arrowStrings(a, px, py, { headLength: 5 }));
    expect(marksMarkup(drawn)).toBe(marksMarkup(draw([arrows(a)])));
  });

  it('are what redrawLines puts in place', () => {
    const scales = scalesOf(base, size);
    const frame = pixelFrame(scales)!;
    const x = [-1, 0, 1];
    const y = [2, 0.5, 1];
    const svg = draw([line({ length: 3 }, { x, y, stroke: 'currentColor' })]);
    const g = markGroups(svg)[0]!;
    expect(redrawLines(g, x, y, null, scales)).toBe(true);
    expect(g.firstElementChild!.getAttribute('d')).toBe(
      lineStrings(x, y, null, linearPixels(frame.x), linearPixels(frame.y))[0],
    );
  });
});
