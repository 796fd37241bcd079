// The cursor layer: moving the drawn line gives the line a new drawing would give.
import { plot } from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { cursorLayer } from '~/widgets/kit/cursorLayer';
import { axesLayer, layerOptions, type Layer, type LayerScales, type PlotBase } from '~/widgets/kit/PlotFigure';
import { ssrDocument } from '~/widgets/kit/ssrDocument';

const size = { width: 320, height: 200 };
const style = { stroke: 'var(--widget-accent)', strokeWidth: 1.5 };

function draw(base: PlotBase, layer: Layer, index: number): SVGSVGElement {
  const options = layerOptions(base, layer, size, index, ssrDocument());
  if (options === null) throw new Error('layer drew nothing');
  return plot(options) as unknown as SVGSVGElement;
}

function lineOf(svg: SVGSVGElement): Record<string, string | null> {
  const line = svg.querySelector('g[aria-label="rule"] > line');
  if (line === null) throw new Error('no rule');
  const at = (name: string): string | null => line.getAttribute(name);
  return { x1: at('x1'), x2: at('x2'), y1: at('y1'), y2: at('y2') };
}

function scalesOf(base: PlotBase): LayerScales {
  const fig = draw(base, axesLayer(), 0) as unknown as ReturnType<typeof plot>;
  return { x: fig.scale('x') as LayerScales['x'], y: fig.scale('y') as LayerScales['y'] };
}

describe('cursorLayer', () => {
  it('keys the line by its frame and x', () => {
    expect(cursorLayer(3, style, '0-60').key).not.toBe(cursorLayer(4, style, '0-60').key);
    expect(cursorLayer(3, style, '0-60').key).not.toBe(cursorLayer(3, style, '0-90').key);
  });

  for (const [from, to] of [
    [0, 37],
    [60, 12.5],
    [5, 5],
  ] as const) {
    it(`moves the line drawn at ${from} to where a new drawing at ${to} puts it`, () => {
      const base: PlotBase = { x: { domain: [0, 60] }, y: { domain: [0, 1] } };
      const svg = draw(base, cursorLayer(from, style, '0-60'), 1);
      const moved = cursorLayer(to, style, '0-60');
      expect(moved.update?.(svg, scalesOf(base))).toBe(true);
      expect(lineOf(svg)).toEqual(lineOf(draw(base, moved, 1)));
    });
  }

  it('follows a new x domain (the frame changed, x did not)', () => {
    const wide: PlotBase = { x: { domain: [0, 600] }, y: { domain: [0, 1] } };
    const svg = draw({ x: { domain: [0, 60] }, y: { domain: [0, 1] } }, cursorLayer(30, style, '0-60'), 1);
    const moved = cursorLayer(30, style, '0-600');
    expect(moved.update?.(svg, scalesOf(wide))).toBe(true);
    expect(lineOf(svg)).toEqual(lineOf(draw(wide, moved, 1)));
  });

  it('asks for a redraw when there is no line or no x scale', () => {
    const base: PlotBase = { x: { domain: [0, 60] }, y: { domain: [0, 1] } };
    const empty = draw(base, axesLayer(), 1);
    expect(cursorLayer(3, style).update?.(empty, scalesOf(base))).toBe(false);
    const svg = draw(base, cursorLayer(3, style), 1);
    expect(cursorLayer(4, style).update?.(svg, {})).toBe(false);
  });
});
