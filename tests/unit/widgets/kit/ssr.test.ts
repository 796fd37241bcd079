// The static figure: what the build writes into the HTML before any script runs.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import LossAndGradient1D from '~/widgets/loss-and-gradient-1d/LossAndGradient1D';

import { Button } from '~/widgets/kit/controls/Button';
import { figureBoxStyle, keptLayers, layerContext, layerOptions, pixelDistance } from '~/widgets/kit/PlotFigure';
import { useUrlState } from '~/widgets/kit/useUrlState';
import { num, schema } from '~/widgets/kit/urlState';
import { useWorkerTask } from '~/widgets/kit/useWorkerTask';
import { Widget } from '~/widgets/kit/Widget';

describe('server rendering', () => {
  it('runs in SSR mode under vitest', () => {
    expect(import.meta.env.SSR).toBe(true);
  });

  it('renders loss-and-gradient-1d with its figures as inline SVG', () => {
    const html = renderToString(h(LossAndGradient1D, {}));
    const root = html.match(/^<section[^>]*>/)?.[0] ?? '';
    expect(root).toContain('class="widget"');
    expect(root).toContain('id="loss-and-gradient-1d"');
    expect(root).toContain('data-widget="loss-and-gradient-1d"');
    const svgs = html.match(/<svg[\s>]/g) ?? [];
    expect(svgs.length).toBe(6); // two figures × (axes + curve + overlay)
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('w = 0.50: loss 9.00, slope \u221212.00');
    expect(html).toContain('role="slider"');
    expect(html).toMatch(/<details[^>]*data-kit="table"/);
    // Controls are inert until hydrated.
    expect(html).toMatch(/<button[^>]*data-kit="reset"[^>]*disabled/);
  });

  it("gives each figure's box the sizing of its live drawing and marks its static SVGs as such", () => {
    const html = renderToString(h(LossAndGradient1D, {}));
    const figures = html.match(/<div[^>]*data-kit-figure="[^"]*"[^>]*>/g) ?? [];
    expect(figures).toHaveLength(2);
    for (const f of figures) {
      // LossAndGradient1D's figures: aspect 0.72 and the default height bounds (180–460 px).
      expect(f).toMatch(/style="[^"]*--kit-aspect:\s*0\.72;\s*--kit-min-height:\s*180px;\s*--kit-max-height:\s*460px/);
    }
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBe(6);
    for (const svg of svgs) expect(svg).toContain('data-kit-static=""');
    expect(
      figureBoxStyle({ name: 'f', label: 'f', base: {}, layers: [], aspect: 0.5, minHeight: 0, maxHeight: 300 }),
    ).toEqual({
      '--kit-aspect': '0.5',
      '--kit-min-height': '0px',
      '--kit-max-height': '300px',
    });
  });

  it('keeps what a figure shows with kept layers: each leaves its layer as it is', () => {
    const kept = keptLayers('axes', 'map');
    expect(kept.map((l) => l.key)).toEqual(['kept:axes', 'kept:map']);
    for (const l of kept) expect(layerOptions({}, l, { width: 300, height: 200 }, 0)).toBeNull();
  });

  it('merges the shared base into every layer and drops axes above the first', () => {
    const base = { x: { domain: [0, 1] }, y: { domain: [0, 2] }, grid: true };
    const layer = { key: 'k', plot: () => ({ marks: [] }) };
    const first = layerOptions(base, layer, { width: 300, height: 200 }, 0);
    const second = layerOptions(base, layer, { width: 300, height: 200 }, 1);
    expect(first).toMatchObject({ width: 300, height: 200, marginLeft: 48, x: { domain: [0, 1] }, grid: true });
    expect(second).toMatchObject({ x: { domain: [0, 1], axis: null }, y: { axis: null }, grid: false });
  });

  it('hands each layer the inner plot rectangle and the domains; null keeps the layer as it is', () => {
    const base = { x: { domain: [0, 10] }, y: { domain: [-1, 1] }, marginLeft: 40, margin: 10 };
    const ctx = layerContext(base, { width: 300, height: 200 });
    expect(ctx).toEqual({
      width: 300,
      height: 200,
      plotRect: { left: 40, top: 10, width: 250, height: 180 },
      x: [0, 10],
      y: [-1, 1],
    });
    expect(layerContext({}, { width: 300, height: 200 }).plotRect).toEqual({
      left: 48,
      top: 16,
      width: 236,
      height: 144,
    });
    expect(pixelDistance(ctx)({ x: 0, y: 0 }, { x: 1, y: 0 })).toBeCloseTo(25);
    let seen: unknown;
    const keep = { key: 'k', plot: (c: unknown) => ((seen = c), null) };
    expect(layerOptions(base, keep, { width: 300, height: 200 }, 1)).toBeNull();
    expect(seen).toEqual(ctx);
  });

  it('static HTML of <Widget>: the default table from the table function, kit buttons disabled', () => {
    const sch = schema({ w: num({ default: 1, min: -5, max: 5, digits: 2 }) });
    function Demo(): preact.JSX.Element {
      const url = useUrlState('demo', sch);
      const table = () => ({
        caption: 'c',
        columns: [
          { key: 'k', label: 'k' },
          { key: 'm', label: 'm' },
        ],
        rows: [{ k: 'w', m: 2 * url.state.w }],
      });
      return h(Widget, { id: 'demo', title: 'Demo', url, summary: 's', table }, h(Button, { class: 'x' }, 'zero'));
    }
    const html = renderToString(h(Demo, {}));
    expect(html).toContain('<button type="button" class="kit-button x" disabled>zero</button>');
    expect(html).toContain('<td>2.00</td>');
  });

  it('useWorkerTask computes synchronously during the build, without creating a worker', () => {
    const worker = vi.fn();
    function Task(): preact.JSX.Element {
      const t = useWorkerTask({ key: 'k', input: 21, worker, compute: (n: number) => n * 2 });
      return h('p', {}, `${t.result} ${t.pending}`);
    }
    expect(renderToString(h(Task, {}))).toBe('<p>42 false</p>');
    expect(worker).not.toHaveBeenCalled();
  });
});
