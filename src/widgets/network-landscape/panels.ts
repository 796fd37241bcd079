/** The network-landscape panels: decision region over the data, loss curve, landscape contours. */
import * as Plot from '@observablehq/plot';
import type { ToyData } from '~/core/data/toy-data';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { polygonsRender } from '~/widgets/kit/polygonsRender';
import type { LandscapeView, TrainingView } from './training-task';
import type { DecisionDrawing, LandscapeDrawing } from './views';

/* ---- decision region ---- */

export function decisionBase(d: DecisionDrawing): PlotBase {
  return {
    x: { domain: [d.grid.x0, d.grid.x1], label: 'x₁', labelAnchor: 'right' },
    y: { domain: [d.grid.y0, d.grid.y1], label: 'x₂', labelAnchor: 'top' },
    marginLeft: 40,
  };
}

/** The decision grid's x and y extent, as a layer key: the figure's domains. */
export function gridDomain(d: DecisionDrawing): string {
  return `${d.grid.x0},${d.grid.x1},${d.grid.y0},${d.grid.y1}`;
}

export function decisionLayer(d: DecisionDrawing | null, key: string): Layer {
  return {
    key,
    plot: () =>
      d === null
        ? null
        : {
            // RdBu runs red → blue; reversed, probability 1 (class 1) is red like its points
            color: { type: 'linear', scheme: 'rdbu', domain: [0, 1], reverse: true, clamp: true },
            marks: [
              Plot.geo(d.bands, { geometry: 'geometry', fill: 'value', fillOpacity: 0.75, render: polygonsRender }),
              Plot.line(
                { length: d.boundary.x.length },
                { x: d.boundary.x, y: d.boundary.y, z: d.boundary.line, stroke: color.fg, strokeWidth: 2, clip: true },
              ),
              Plot.frame({ stroke: color.grid }),
            ],
          },
  };
}

export function dataLayer(data: ToyData, key: string): Layer {
  // Each class's points as one path (dotsPath): 200 points are then 2 elements, not 200. Split
  // by class when drawn (the layer is made on every render, drawn when its key changes).
  const ofClass = (c: number): { x: number[]; y: number[] } => {
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < data.n; i++) {
      if (data.y[i] !== c) continue;
      x.push(data.x[2 * i]!);
      y.push(data.x[2 * i + 1]!);
    }
    return { x, y };
  };
  const dot = { r: 3, stroke: 'white', strokeWidth: 0.8 } as const;
  return {
    key,
    plot: () => ({
      marks: [
        dotsPath(ofClass(0), { ...dot, symbol: 'square', fill: '#2166ac', ariaLabel: 'class 0' }),
        dotsPath(ofClass(1), { ...dot, symbol: 'circle', fill: '#b2182b', ariaLabel: 'class 1' }),
      ],
    }),
  };
}

/* ---- loss curve ---- */

/**
 * The powers of ten from `lo` to `hi`: the loss axis's ticks, labels and grid lines. Plot's own
 * log ticks put nine a decade (2×, 3×, … 9×) with the labels between decades left empty: 37 grid
 * lines, ticks and labels each over four decades, 111 elements redrawn whenever the range moves
 * a decade as the training runs.
 */
export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return out;
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); e <= Math.floor(Math.log10(hi) + 1e-9) && out.length < 40; e++)
    out.push(Number(`1e${e}`)); // exact, where 10 ** -4 is 0.00009999…
  return out;
}

export function lossBase(steps: number, range: readonly [number, number]): PlotBase {
  return {
    x: { domain: [0, steps], label: 'step k', labelAnchor: 'right' },
    y: {
      type: 'log',
      domain: [...range],
      ticks: decades(range[0], range[1]),
      label: 'loss',
      labelAnchor: 'top',
      tickFormat: '.0e',
    },
    grid: true,
    marginLeft: 52,
  };
}

export function lossLayer(t: TrainingView | undefined, key: string): Layer {
  return {
    key,
    plot: () =>
      t === undefined
        ? null
        : {
            marks: [
              Plot.line(
                { length: t.curve.step.length },
                { x: t.curve.step, y: t.curve.loss, stroke: color.series[0], strokeWidth: 2, clip: true },
              ),
              Plot.dot([t], { x: 'step', y: 'loss', r: 4, fill: color.accent, clip: true }),
            ],
          },
  };
}

/** A loss axis that holds any curve of this run: from below the lowest loss to above the first. */
export function lossRange(t: TrainingView | undefined): [number, number] {
  if (t === undefined || t.curve.loss.length === 0) return [1e-4, 1];
  let lo = Infinity;
  let hi = 0;
  for (const v of t.curve.loss) {
    if (v > 0 && Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (!(hi > 0)) return [1e-4, 1];
  const top = 10 ** Math.ceil(Math.log10(hi * 1.05));
  const bottom = 10 ** Math.floor(Math.log10(Math.max(lo, top * 1e-9)));
  return [bottom, bottom < top ? top : top * 10];
}

/* ---- landscape ---- */

export function landscapeBase(l: LandscapeView): PlotBase {
  const axis = l.mode === 'random' ? ['α (along d₁)', 'β (along d₂)'] : ['α (1st principal direction)', 'β (2nd)'];
  return {
    x: { domain: [...l.grid.x], label: axis[0], labelAnchor: 'right' },
    y: { domain: [...l.grid.y], label: axis[1], labelAnchor: 'top' },
    marginLeft: 44,
  };
}

export function landscapeLayer(d: LandscapeDrawing | null, key: string): Layer {
  return {
    key,
    plot: () =>
      d === null
        ? { marks: [Plot.frame({ stroke: color.grid })] }
        : {
            color: {
              type: 'log',
              scheme: 'viridis',
              domain: [Math.max(d.colorDomain[0], 1e-12), Math.max(d.colorDomain[1], d.colorDomain[0] * 10, 1e-11)],
              clamp: true,
            },
            marks: [
              Plot.geo(d.bands, {
                geometry: 'geometry',
                fill: (f: { value: number }) => Math.max(f.value, 1e-12),
                stroke: color.bg,
                strokeOpacity: 0.3,
                strokeWidth: 0.5,
                render: polygonsRender,
              }),
              Plot.frame({ stroke: color.grid }),
            ],
          },
  };
}

export function pathLayer(l: LandscapeView, key: string): Layer {
  const path = l.path;
  const points = path ? Array.from(path.alpha, (a, k) => ({ x: a, y: path.beta[k]! })) : [];
  return {
    key,
    plot: () => ({
      marks: [
        ...(points.length > 0
          ? [
              Plot.line(points, { x: 'x', y: 'y', stroke: color.bg, strokeWidth: 5, clip: true }),
              Plot.line(points, { x: 'x', y: 'y', stroke: color.accent, strokeWidth: 2.5, clip: true }),
              Plot.dot(points.slice(0, 1), {
                x: 'x',
                y: 'y',
                r: 5,
                fill: color.bg,
                stroke: color.accent,
                strokeWidth: 2,
              }),
              Plot.text(points.slice(0, 1), {
                x: 'x',
                y: 'y',
                text: () => 'start',
                dy: -12,
                fill: color.fg,
                stroke: color.bg,
                strokeWidth: 3,
                paintOrder: 'stroke',
              }),
            ]
          : []),
        Plot.dot([0], {
          x: () => 0,
          y: () => 0,
          symbol: 'star',
          r: 8,
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 1.5,
        }),
      ],
    }),
  };
}
