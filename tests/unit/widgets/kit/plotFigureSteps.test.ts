// @vitest-environment jsdom
// PlotFigure's first drawing in steps: a layer's `prepare` runs a few pieces per task before its
// `plot`, each layer's options and Plot's drawing come in tasks of their own, and the figure is
// pending until all layers are swapped in together.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inNewTask } from '~/widgets/kit/nextTask';
import { PlotFigure, type Layer, type LayerContext } from '~/widgets/kit/PlotFigure';

const base = { x: { domain: [0, 1] as [number, number] }, y: { domain: [0, 1] as [number, number] } };

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  // jsdom lays nothing out: give the figure a width
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

async function settled(figure: () => Element | null): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 5));
    const el = figure();
    if (el !== null && !el.hasAttribute('data-kit-pending') && el.querySelector('svg') !== null) return;
  }
  throw new Error('the figure never settled');
}

describe('PlotFigure, first drawing in steps', () => {
  it("runs a layer's prepare a few pieces per task before its plot, then swaps the layers in", async () => {
    // a clock that moves 20 ms whenever it is read: one piece per task
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 20));
    const order: string[] = [];
    const prepared: LayerContext[] = [];
    const contours: Layer = {
      key: 'contours',
      *prepare(ctx) {
        prepared.push(ctx);
        order.push('prepare piece 1');
        inNewTask(() => order.push('task queued by piece 1'));
        yield;
        order.push('prepare piece 2');
      },
      plot: () => {
        order.push('contours plot');
        return { marks: [] };
      },
    };
    const dots: Layer = {
      key: 'dots',
      plot: () => {
        order.push('dots plot');
        return { marks: [] };
      },
    };
    act(() => render(h(PlotFigure, { name: 'map', label: 'A map', base, layers: [contours, dots] }), host));
    const figure = () => host.querySelector('[data-kit-figure="map"]');
    expect(figure()?.hasAttribute('data-kit-pending')).toBe(true);
    await settled(figure);
    expect(order).toEqual([
      'prepare piece 1',
      'task queued by piece 1',
      'prepare piece 2',
      'contours plot',
      'dots plot',
    ]);
    expect(prepared.map((c) => c.width)).toEqual([300]);
    expect(host.querySelectorAll('[data-kit-figure="map"] svg')).toHaveLength(2);
  });

  it('still draws a layer whose prepare throws: its plot meets the error or draws', async () => {
    const layer: Layer = {
      key: 'a',
      // eslint-disable-next-line require-yield
      *prepare() {
        throw new Error('refused');
      },
      plot: () => ({ marks: [] }),
    };
    act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: [layer] }), host));
    await settled(() => host.querySelector('[data-kit-figure="f"]'));
    expect(host.querySelectorAll('[data-kit-figure="f"] svg')).toHaveLength(1);
  });
});
