// @vitest-environment jsdom
// PlotFigure's first drawing in steps: a layer's `prepare` runs a few pieces per task before its
// `plot`, each layer's options and Plot's drawing come in tasks of their own, and the figure is
// pending until all layers are swapped in together (each put in its host hidden first, in a task
// after a frame of its own, and the drawings replaced removed in a task after a frame of their
// own); on a screen of devicePixelRatio > 1 a layer that redraws everything (`redrawsAll`) is the
// server's SVG brought up to date in place, and one that scales with the figure
// (`scalesWithFigure`) is the server's SVG, scaled. A figure draws once its ResizeObserver has
// reported its width.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dot, line } from '@observablehq/plot';
import { pixelFunctions } from '~/widgets/kit/markRedraw';
import { inNewTask } from '~/widgets/kit/nextTask';
import {
  axesLayer,
  PlotFigure,
  type Layer,
  type LayerContext,
  type LayerScales,
  type PlotBase,
} from '~/widgets/kit/PlotFigure';
import { drawLayer } from './layerDrawing';

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

  describe('going on screen over the server’s SVG', () => {
    /** What each layer host holds: a child per letter, s(erver), n(ew) + i(ncoming, hidden) or o(utgoing). */
    const holdings = (figure: Element): string =>
      [...figure.querySelectorAll(':scope > .kit-layer')]
        .map((h) =>
          [...h.children]
            .map(
              (c) =>
                (c.hasAttribute('data-kit-static') ? 's' : 'n') +
                (c.hasAttribute('data-kit-incoming') ? 'i' : c.hasAttribute('data-kit-outgoing') ? 'o' : ''),
            )
            .join(' '),
        )
        .join(' | ') + (figure.hasAttribute('data-kit-pending') ? ' (pending)' : '');

    /** The figure with the server's SVG in each layer's host (marked static, as the build marks it). */
    function serverFigure(layers: readonly Layer[]): Element {
      const kept = layers.map((l) => ({ key: l.key, plot: () => null }));
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: kept }), host));
      const figure = host.querySelector('[data-kit-figure="f"]')!;
      figure.querySelectorAll(':scope > .kit-layer').forEach((el, i) => {
        const svg = drawLayer(base, layers[i]!, { width: 640, height: 397 }, i);
        svg.setAttribute('data-kit-static', '');
        el.replaceChildren(svg);
      });
      return figure;
    }

    it('puts each new drawing in its host hidden, a frame each, shows them together, then removes the old', async () => {
      const layers = [axesLayer(), { key: 'dot', plot: () => ({ marks: [dot([[0.5, 0.5]], { r: 3 })] }) }];
      const figure = serverFigure(layers);
      await settled(() => figure);
      // What the hosts hold at each animation frame, from the first drawing's start to its end
      const seen: string[] = [];
      let watching = true;
      const watch = (): void => {
        const now = holdings(figure);
        if (seen.at(-1) !== now) seen.push(now);
        if (watching) requestAnimationFrame(watch);
      };
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers }), host));
      watch();
      await settled(() => figure);
      watching = false;
      watch();
      // One change per frame: never a new drawing shown beside an old one, nor all laid out at once
      expect(seen).toEqual([
        's | s (pending)',
        's ni | s (pending)',
        's ni | s ni (pending)',
        'so n | so n (pending)',
        'n | n',
      ]);
    });

    it('puts each new drawing in place, and removes the ones replaced, in tasks right after their turns’ frames, not in the frames', async () => {
      // In the frame, the new SVG's style and layout, or the hosts' layout once the old ones were
      // removed, came on top of the frame's paint.
      const layers = [axesLayer(), { key: 'dot', plot: () => ({ marks: [dot([[0.5, 0.5]], { r: 3 })] }) }];
      const figure = serverFigure(layers);
      await settled(() => figure);
      const incoming = (): number => figure.querySelectorAll('[data-kit-incoming]').length;
      let staged = 0;
      const observer = new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) if (n instanceof Element && n.hasAttribute('data-kit-incoming')) staged++;
      });
      observer.observe(figure, { childList: true, subtree: true });
      let removed = 0;
      const gone = new MutationObserver((records) => {
        for (const r of records) removed += r.removedNodes.length;
      });
      figure.querySelectorAll(':scope > .kit-layer').forEach((layer) => gone.observe(layer, { childList: true }));
      /** Drawings put in place, or removed, during each animation frame's callbacks. */
      const inFrames: number[] = [];
      const raf = globalThis.requestAnimationFrame;
      globalThis.requestAnimationFrame = (callback) =>
        raf((time) => {
          const before = incoming();
          const outgoing = figure.querySelectorAll('[data-kit-outgoing]').length;
          callback(time);
          const removedNow = Math.max(0, outgoing - figure.querySelectorAll('[data-kit-outgoing]').length);
          inFrames.push(Math.max(0, incoming() - before) + removedNow);
        });
      try {
        act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers }), host));
        await settled(() => figure);
      } finally {
        globalThis.requestAnimationFrame = raf;
        observer.disconnect();
        gone.disconnect();
      }
      expect(staged).toBe(2);
      expect(removed).toBe(2);
      expect(inFrames.length).toBeGreaterThan(0);
      expect(inFrames.every((n) => n === 0)).toBe(true);
    });

    it('removes the drawings it had put in place hidden when the layers change under way', async () => {
      const layers = [axesLayer(), { key: 'dot', plot: () => ({ marks: [dot([[0.5, 0.5]], { r: 3 })] }) }];
      const figure = serverFigure(layers);
      await settled(() => figure);
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers }), host));
      // Wait for the first new drawing to be in place, hidden; then new layers come
      for (let i = 0; i < 200 && !figure.querySelector('[data-kit-incoming]'); i++)
        await new Promise((r) => setTimeout(r, 2));
      expect(holdings(figure)).toBe('s ni | s (pending)');
      const moved = [axesLayer(), { key: 'dot moved', plot: () => ({ marks: [dot([[0.2, 0.2]], { r: 3 })] }) }];
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: moved }), host));
      await settled(() => figure);
      expect(holdings(figure)).toBe('n | n');
      // The moved dot is the one drawn
      const drawnNow = drawLayer(base, moved[1]!, { width: 300, height: 186 }, 1);
      expect(figure.querySelector(':scope > .kit-layer:nth-child(2) circle')?.getAttribute('cx')).toBe(
        drawnNow.querySelector('circle')?.getAttribute('cx'),
      );
    });

    it('stays pending until the layers that changed while it drew are drawn too', async () => {
      // A map waiting for its worker keeps the server's drawing (plot null), and its answer comes
      // while the replaced drawings of the other layers wait for their removal: nothing may say
      // the figure is drawn before the map is (tests and tools read the figure then).
      const waiting = { key: 'map none', plot: () => null };
      const dotLayer = { key: 'dot', plot: () => ({ marks: [dot([[0.5, 0.5]], { r: 3 })] }) };
      const map = { key: 'map', plot: () => ({ marks: [dot([[0.2, 0.2]], { r: 3 })] }) };
      const figure = serverFigure([map, dotLayer]);
      await settled(() => figure);
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: [waiting, dotLayer] }), host));
      for (let i = 0; i < 400 && !figure.querySelector('[data-kit-outgoing]'); i++)
        await new Promise((r) => setTimeout(r, 1));
      expect(holdings(figure)).toBe('s | so n (pending)');
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: [map, dotLayer] }), host));
      const seen: string[] = [];
      for (let i = 0; i < 400 && holdings(figure) !== 'n | n'; i++) {
        const now = holdings(figure);
        if (seen.at(-1) !== now) seen.push(now);
        await new Promise((r) => setTimeout(r, 1));
      }
      expect(holdings(figure)).toBe('n | n');
      expect(seen.filter((held) => held.startsWith('s') && !held.endsWith('(pending)'))).toEqual([]);
    });
  });

  describe('a layer that redraws everything, over the server’s SVG', () => {
    /** A dot at (0.5, 0.5) whose update moves the server's circle; counts Plot drawings. */
    const dotLayer = (drawings: string[]): Layer => ({
      key: 'dot',
      redrawsAll: true,
      plot: () => {
        drawings.push('plot');
        return { marks: [dot([[0.5, 0.5]], { r: 3 })] };
      },
      update: (svg: SVGSVGElement, scales: LayerScales) => {
        const f = pixelFunctions(scales);
        const c = svg.querySelector('g[aria-label="dot"] circle');
        if (f === null || c === null) return false;
        c.setAttribute('cx', String(f.px(0.5)));
        c.setAttribute('cy', String(f.py(0.5)));
        return true;
      },
    });
    /**
     * Hydration at a device pixel ratio `dpr`: the first render keeps the server's SVG in each
     * layer (drawn at 640 px), then the layers' first drawing replaces it. Returns the Plot
     * drawings made by the dot layer then, and its SVG before and after.
     */
    async function firstDrawing(dpr: number, dot?: Layer) {
      vi.spyOn(window, 'devicePixelRatio', 'get').mockReturnValue(dpr);
      const drawings: string[] = [];
      const layers = [axesLayer(), dot ?? dotLayer(drawings)];
      const kept = layers.map((l) => ({ key: l.key, plot: () => null }));
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: kept }), host));
      const figure = host.querySelector('[data-kit-figure="f"]')!;
      const hosts = () => figure.querySelectorAll(':scope > .kit-layer');
      hosts().forEach((el, i) => el.replaceChildren(drawLayer(base, layers[i]!, { width: 640, height: 397 }, i)));
      await settled(() => figure);
      const server = hosts()[1]!.firstElementChild;
      drawings.length = 0;
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers }), host));
      await settled(() => figure);
      return { drawings, server, now: hosts()[1]!.firstElementChild as SVGSVGElement };
    }

    it('is updated in place at devicePixelRatio > 1: no Plot drawing, the drawing Plot would make', async () => {
      const { drawings, server, now } = await firstDrawing(2);
      expect(drawings).toEqual([]);
      expect(now).toBe(server);
      const size = { width: 300, height: 186 };
      expect([now.getAttribute('width'), now.getAttribute('height')]).toEqual(['300', '186']);
      const plotted = drawLayer(base, dotLayer([]), size, 1);
      expect(now.querySelector('circle')!.outerHTML).toBe(plotted.querySelector('circle')!.outerHTML);
    });

    it("does an `updateAhead` layer's work in a task of its own, and only its writes at the swap", async () => {
      const order: string[] = [];
      const plain = dotLayer([]);
      const ahead: Layer = {
        ...plain,
        updateAhead(scales) {
          const f = pixelFunctions(scales);
          order.push('work');
          inNewTask(() => order.push('task queued by the work'));
          return (svg) => {
            order.push('writes');
            const c = svg.querySelector('g[aria-label="dot"] circle');
            if (f === null || c === null) return false;
            c.setAttribute('cx', String(f.px(0.5)));
            c.setAttribute('cy', String(f.py(0.5)));
            return true;
          };
        },
      };
      const { server, now } = await firstDrawing(2, ahead);
      expect(order).toEqual(['work', 'task queued by the work', 'writes']);
      expect(now).toBe(server);
      expect([now.getAttribute('width'), now.getAttribute('height')]).toEqual(['300', '186']);
      const plotted = drawLayer(base, plain, { width: 300, height: 186 }, 1);
      expect(now.querySelector('circle')!.outerHTML).toBe(plotted.querySelector('circle')!.outerHTML);
    });

    it('is drawn by Plot at devicePixelRatio 1, where Plot offsets its marks unlike the server', async () => {
      const { drawings, server, now } = await firstDrawing(1);
      expect(drawings).toEqual(['plot']);
      expect(now).not.toBe(server);
    });
  });

  describe('a layer that scales with the figure, over the server’s SVG', () => {
    const noMargins = { ...base, marginTop: 0, marginRight: 0, marginBottom: 0, marginLeft: 0 };
    /** A square outline (geometry only); counts Plot drawings. */
    const squareLayer = (drawings: string[], key = 'square'): Layer => ({
      key,
      scalesWithFigure: true,
      plot: () => {
        drawings.push('plot');
        return {
          marks: [
            line([
              [0.2, 0.2],
              [0.8, 0.2],
              [0.8, 0.8],
              [0.2, 0.8],
              [0.2, 0.2],
            ]),
          ],
        };
      },
    });
    /**
     * Hydration at a device pixel ratio `dpr` over the server's drawing of `served` (at 640 px,
     * marked with its key as the build marks it), then the first drawing of `layer`. Returns the
     * Plot drawings of the layer then, and its SVG before and after.
     */
    async function firstDrawing(dpr: number, figureBase: PlotBase, served: string, layerKey = served) {
      vi.spyOn(window, 'devicePixelRatio', 'get').mockReturnValue(dpr);
      const drawings: string[] = [];
      const layers = [axesLayer(), squareLayer(drawings, layerKey)];
      const kept = layers.map((l) => ({ ...l, plot: () => null }));
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base: figureBase, layers: kept }), host));
      const figure = host.querySelector('[data-kit-figure="f"]')!;
      const hosts = () => figure.querySelectorAll(':scope > .kit-layer');
      const size = { width: 640, height: 397 };
      hosts().forEach((el, i) => {
        const svg = drawLayer(figureBase, i === 1 ? squareLayer([], served) : layers[i]!, size, i);
        if (i === 1) svg.setAttribute('data-kit-key', served);
        el.replaceChildren(svg);
      });
      await settled(() => figure);
      const server = hosts()[1]!.firstElementChild;
      drawings.length = 0;
      act(() => render(h(PlotFigure, { name: 'f', label: 'F', base: figureBase, layers }), host));
      await settled(() => figure);
      return { drawings, server, now: hosts()[1]!.firstElementChild as SVGSVGElement, host: hosts()[1]! };
    }

    it('is the server’s drawing, scaled to the figure, at devicePixelRatio > 1 for the same key', async () => {
      const { drawings, server, now, host: layerHost } = await firstDrawing(2, noMargins, 'square');
      expect(drawings).toEqual([]);
      expect(now).toBe(server);
      expect([now.getAttribute('width'), now.getAttribute('height')]).toEqual(['300', '186']);
      expect(now.getAttribute('viewBox')).toBe('0 0 640 397');
      // Its strokes keep their width when scaled (kit.css)
      expect(layerHost.hasAttribute('data-kit-scales')).toBe(true);
    });

    it('is drawn by Plot for another key, at devicePixelRatio 1, or in a figure with margins', async () => {
      for (const [dpr, figureBase, layerKey] of [
        [2, noMargins, 'square, moved'],
        [1, noMargins, 'square'],
        [2, base, 'square'],
      ] as const) {
        const { drawings, server, now } = await firstDrawing(dpr, figureBase, 'square', layerKey);
        expect(drawings).toEqual(['plot']);
        expect(now).not.toBe(server);
        expect(now.hasAttribute('data-kit-key')).toBe(false);
        render(null, host);
        vi.restoreAllMocks();
        vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
      }
    });
  });
});

/** A ResizeObserver that reports only when told to. */
class FakeResizeObserver {
  static made: FakeResizeObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.made.push(this);
  }
  observe(target: Element): void {
    this.targets.push(target);
  }
  unobserve(): void {}
  disconnect(): void {
    this.targets = [];
  }
  report(width: number): void {
    const entries = this.targets.map((target) => ({ target, contentRect: { width } }));
    this.callback(entries as unknown as ResizeObserverEntry[], this as unknown as ResizeObserver);
  }
}

const widthFigure = (): Element => host.querySelector('[data-kit-figure="f"]')!;
const frames = (n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (k: number): void => void (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });
/** The observer watching the figure. */
const observer = (): FakeResizeObserver => FakeResizeObserver.made.find((o) => o.targets.includes(widthFigure()))!;

async function figureSettled(): Promise<void> {
  for (let i = 0; i < 200 && widthFigure().hasAttribute('data-kit-pending'); i++)
    await new Promise((r) => setTimeout(r, 5));
  expect(widthFigure().hasAttribute('data-kit-pending')).toBe(false);
}

describe('PlotFigure, its width', () => {
  // Read in the first frame after hydration, the width forced the page's style and layout inside
  // that frame's callbacks: the figure waits for its ResizeObserver's first report instead.
  beforeEach(() => {
    FakeResizeObserver.made = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());
  it('draws nothing until its ResizeObserver reports, then draws at the width reported', async () => {
    act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: [axesLayer()] }), host));
    await frames(5);
    expect(widthFigure().querySelector('svg')).toBeNull();
    expect(widthFigure().hasAttribute('data-kit-pending')).toBe(true);
    act(() => observer().report(320));
    await figureSettled();
    expect(widthFigure().querySelector('svg')?.getAttribute('width')).toBe('320');
  });

  it('settles without a drawing when first reported 0 px wide (hidden)', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(0);
    act(() => render(h(PlotFigure, { name: 'f', label: 'F', base, layers: [axesLayer()] }), host));
    await frames(3);
    act(() => observer().report(0));
    await figureSettled();
    expect(widthFigure().querySelector('svg')).toBeNull();
  });
});
