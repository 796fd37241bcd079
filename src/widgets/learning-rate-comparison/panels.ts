/**
 * The three kinds of figure: one contour map per run (small multiples with shared scales),
 * all loss curves on one log-scale chart, and the η strip shaded by the zones of XᵀX.
 */
import { dot, line, rect, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { dotsPath } from '~/widgets/kit/dotsPath';
import { linesPath } from '~/widgets/kit/linesPath';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { plain, sig } from '~/widgets/kit/format';
import { getProblem, START, WINDOW, type Run } from './model';
import { ETA_MAX, ETA_MIN } from './state';

/** One colour per run, in list order (up to six). */
export const RUN_COLORS = [
  color.series[0],
  color.series[3],
  color.accent,
  color.series[1],
  color.series[2],
  color.fg,
] as const;

export function runColor(i: number): string {
  return RUN_COLORS[i % RUN_COLORS.length]!;
}

// ---------------------------------------------------------------- contour maps

export const MAP_BASE: PlotBase = {
  marginTop: 18, // room for the "↑ β₁" label above the top tick label
  marginRight: 12,
  marginBottom: 34,
  marginLeft: 36,
  x: { domain: [...WINDOW.x], label: 'β₀', labelAnchor: 'right', ticks: 4 },
  y: { domain: [...WINDOW.y], label: 'β₁', labelAnchor: 'top', ticks: 4 },
};

export function mapBackground(): Layer {
  const p = getProblem();
  const c = p.contours;
  return {
    key: 'contours',
    plot: (): PlotOptions => ({
      marks: [
        linesPath(c, { stroke: color.muted, strokeOpacity: 0.4, strokeWidth: 1 }),
        dot([p.minimum], {
          x: (d: readonly number[]) => d[0],
          y: (d: readonly number[]) => d[1],
          symbol: 'star',
          r: 6,
          fill: color.fg,
          stroke: color.bg,
          strokeWidth: 1,
        }),
      ],
    }),
  };
}

export function mapPath(run: Run, i: number): Layer {
  const stroke = runColor(i);
  const pts = run.path.map((p) => ({ x: p.x, y: p.y }));
  const exit = run.exit;
  if (exit !== null) pts.push({ x: exit.x, y: exit.y });
  const [sx, sy] = START;
  return {
    key: `${run.eta}|${run.steps}|${i}`,
    plot: (): PlotOptions => ({
      marks: [
        line(pts, { x: 'x', y: 'y', stroke, strokeWidth: 1.5 }),
        dotsPath(run.path, { r: 1.8, fill: stroke }),
        dot([{ x: sx, y: sy }], { x: 'x', y: 'y', r: 6, stroke: color.fg, strokeWidth: 1.5, fill: 'none' }),
        ...(exit !== null
          ? [
              dot([exit], { x: 'x', y: 'y', symbol: 'times', r: 6, stroke: color.warn, strokeWidth: 3 }),
              text([exit], {
                x: 'x',
                y: 'y',
                // short, and pointing inwards, so it fits the narrowest small multiple
                text: () => `step ${exit.k}`,
                dy: exit.y > 0 ? 12 : -12,
                textAnchor: exit.x > (WINDOW.x[0] + WINDOW.x[1]) / 2 ? 'end' : 'start',
                dx: exit.x > (WINDOW.x[0] + WINDOW.x[1]) / 2 ? -8 : 8,
                fill: color.warn,
                fontWeight: 700,
                fontSize: 11,
                stroke: color.bg,
                strokeWidth: 3,
                paintOrder: 'stroke',
              }),
            ]
          : []),
      ],
    }),
  };
}

// ---------------------------------------------------------------- loss chart

/** Upper end of the loss axis: the largest loss drawn, within [2·10³, 10⁹]. */
export function lossTop(runs: readonly Run[]): number {
  let top = 2e3;
  for (const r of runs) for (const v of r.losses) if (Number.isFinite(v) && v > top) top = v;
  return Math.min(1e9, top * 1.5);
}

export function lossBase(runs: readonly Run[], steps: number): PlotBase {
  return {
    marginLeft: 56,
    marginRight: 16,
    x: { domain: [0, steps], label: 'iteration', labelAnchor: 'right' },
    y: { type: 'log', domain: [10, lossTop(runs)], label: 'loss ‖y − Xβ‖² (log scale)', labelAnchor: 'top' },
    grid: true,
  };
}

export function lossBackground(runs: readonly Run[], steps: number): Layer {
  const p = getProblem();
  return {
    key: `bg|${steps}|${lossTop(runs)}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleY([p.minLoss], { stroke: color.fg, strokeOpacity: 0.6, strokeDasharray: '4,3' }),
        text([p.minLoss], {
          x: 0,
          y: (d: number) => d,
          text: () => `smallest possible loss ${sig(p.minLoss, 4)}`,
          textAnchor: 'start',
          dx: 4,
          dy: -7,
          fontSize: 11,
          fill: color.muted,
        }),
      ],
    }),
  };
}

export function lossCurves(runs: readonly Run[], steps: number): Layer {
  const top = lossTop(runs);
  const rows: { k: number; loss: number; i: number }[] = [];
  runs.forEach((r, i) => r.losses.forEach((loss, k) => rows.push({ k, loss: Math.min(Math.max(loss, 10), top), i })));
  const ends = runs.map((r, i) => {
    const k = r.losses.length - 1;
    return { k, loss: Math.min(Math.max(r.losses[k]!, 10), top), i, label: `η = ${plain(r.eta)}` };
  });
  return {
    key: `${runs.map((r) => `${r.eta}:${r.steps}`).join(',')}|${steps}`,
    plot: (): PlotOptions => ({
      marks: [
        line(rows, { x: 'k', y: 'loss', z: 'i', stroke: (d: { i: number }) => runColor(d.i), strokeWidth: 2 }),
        dot(ends, { x: 'k', y: 'loss', r: 3, fill: (d: { i: number }) => runColor(d.i) }),
      ],
    }),
  };
}

// ---------------------------------------------------------------- η strip

export const STRIP_BASE: PlotBase = {
  marginTop: 22,
  marginRight: 16,
  marginBottom: 34,
  marginLeft: 16,
  x: {
    type: 'log',
    domain: [ETA_MIN, ETA_MAX],
    label: 'learning rate η (log scale)',
    labelAnchor: 'center',
    ticks: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05],
    tickFormat: (d: number) => String(d),
  },
  y: { domain: [0, 1], axis: null },
};

interface Zone {
  readonly x1: number;
  readonly x2: number;
  readonly label: string;
  readonly fill: string;
}

function zones(): Zone[] {
  const t = getProblem().thresholds;
  return [
    { x1: ETA_MIN, x2: t.monotoneLimit, label: 'converges', fill: color.series[2] },
    { x1: t.monotoneLimit, x2: t.criticalLearningRate, label: 'oscillates', fill: color.series[1] },
    { x1: t.criticalLearningRate, x2: ETA_MAX, label: 'diverges', fill: color.warn },
  ];
}

const HALO = { stroke: color.bg, strokeWidth: 3, paintOrder: 'stroke' } as const;

export function stripZones(): Layer {
  const t = getProblem().thresholds;
  return {
    key: 'zones',
    plot: (ctx): PlotOptions => ({
      // fewer ticks on a phone (this layer draws the axis)
      ...(ctx.width < 480 ? { x: { ticks: [0.0005, 0.002, 0.01, 0.05] } } : {}),
      marks: [
        rect(zones(), { x1: 'x1', x2: 'x2', y1: 0, y2: 1, fill: 'fill', fillOpacity: 0.2 }),
        ruleX([t.criticalLearningRate], { stroke: color.warn, strokeWidth: 2 }),
        ruleX([t.bestFixedStep], { y1: 0, y2: 0.35, stroke: color.fg, strokeWidth: 2, strokeDasharray: '2,2' }),
      ],
    }),
  };
}

/** The η marker, the list's rates, and every label (drawn last, with a halo, so the marker never hides them). */
export function stripMarks(eta: number, etas: readonly number[]): Layer {
  const t = getProblem().thresholds;
  const clamped = Math.min(ETA_MAX, Math.max(ETA_MIN, eta));
  const list = etas.map((e, i) => ({ e, i }));
  return {
    key: `${eta}|${etas.join(',')}`,
    plot: (ctx): PlotOptions => ({
      marks: [
        ruleX([clamped], { stroke: color.fg, strokeWidth: 3 }),
        dot(list, {
          x: 'e',
          y: 0.85,
          r: 4.5,
          fill: (d: { i: number }) => runColor(d.i),
          stroke: color.bg,
          strokeWidth: 1,
        }),
        // Zone names inside the strip only where they fit; narrow screens read them in the legend.
        text(ctx.width >= 520 ? zones() : zones().filter((z) => z.label !== 'oscillates'), {
          x: (z: Zone) => Math.sqrt(z.x1 * z.x2),
          y: 0.55,
          text: 'label',
          fill: color.fg,
          fontSize: 12,
          fontWeight: 600,
          ...HALO,
        }),
        text([t.criticalLearningRate], {
          x: (d: number) => d,
          y: 1,
          text: () => `2/λ_max = ${sig(t.criticalLearningRate, 4)}`,
          dy: -8,
          textAnchor: 'start',
          dx: 3,
          fontSize: 11,
          fill: color.fg,
          ...HALO,
        }),
        text([t.bestFixedStep], {
          x: (d: number) => d,
          y: 0.12,
          text: () => `best ${sig(t.bestFixedStep, 4)}`,
          textAnchor: 'end',
          dx: -4,
          fontSize: 11,
          fill: color.fg,
          ...HALO,
        }),
      ],
    }),
  };
}
