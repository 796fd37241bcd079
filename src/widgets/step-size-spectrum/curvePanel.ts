/**
 * The convergence factor max|1 − ηλᵢ| against η (background: the curve, its two branches and
 * the landmarks 1/λ_max, 2/(λ_min + λ_max), 2/λ_max) and the current η on it (overlay).
 */
import { dot, rect, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { linesPath } from '~/widgets/kit/linesPath';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { halo } from './halo';
import type { Model, Problem } from './model';
import { ETA_MAX } from './state';

/** The factor axis: up to 1.6, which holds the curve at ETA_MAX (≈ 1.50). */
export const FACTOR_MAX = 1.6;

export const curveBase: PlotBase = {
  x: { domain: [0, ETA_MAX], label: 'learning rate η', labelAnchor: 'right', ticks: 5 },
  y: { domain: [0, FACTOR_MAX], label: 'max |1 − ηλ| (factor per step)', labelAnchor: 'top' },
  grid: true,
};

export function curveBackground(p: Problem): Layer {
  const t = p.curve.thresholds;
  const { eta, factor } = p.curve;
  const { soft, stiff } = p.branches;
  return {
    key: 'curve',
    plot: (): PlotOptions => ({
      marks: [
        rect([0], {
          x1: t.criticalLearningRate,
          x2: ETA_MAX,
          y1: 0,
          y2: FACTOR_MAX,
          fill: color.warn,
          fillOpacity: 0.1,
        }),
        ruleY([1], { stroke: color.muted, strokeWidth: 1.5 }),
        // One-path lines (the kit's linesPath): the same SVG as Plot.line, without its channels.
        linesPath({ x: eta, y: soft }, { stroke: color.series[0], strokeWidth: 1.5, strokeDasharray: '5,3' }),
        linesPath({ x: eta, y: stiff }, { stroke: color.series[1], strokeWidth: 1.5, strokeDasharray: '5,3' }),
        linesPath({ x: eta, y: factor }, { stroke: color.fg, strokeWidth: 2.5 }),
        ruleX([t.monotoneLimit, t.bestFixedStep, t.criticalLearningRate], {
          stroke: color.muted,
          strokeDasharray: '2,3',
        }),
        // Labels where no curve passes (and apart at 360 px): 1/λ_max and the cliff high up, the best step low.
        text([t.monotoneLimit], {
          x: (d: number) => d,
          y: 1.28,
          text: () => '1/λ_max',
          textAnchor: 'start',
          dx: 4,
          fill: color.fg,
          ...halo,
        }),
        text([t.criticalLearningRate], {
          x: (d: number) => d,
          y: 1.48,
          text: () => '2/λ_max',
          textAnchor: 'end',
          dx: -4,
          fill: color.warn,
          fontWeight: 600,
          ...halo,
        }),
        text([t.bestFixedStep], {
          x: (d: number) => d,
          y: 0.1,
          text: () => 'best',
          textAnchor: 'end',
          dx: -4,
          fill: color.fg,
          ...halo,
        }),
      ],
    }),
  };
}

/** The current η: a rule and a dot on the curve (the numbers are in the summary below). */
export function curveOverlay(m: Model): Layer {
  const y = Math.min(m.rate, FACTOR_MAX);
  return {
    key: `${m.eta}`,
    plot: (): PlotOptions => ({
      marks: [
        ruleX([m.eta], { stroke: color.accent, strokeWidth: 2 }),
        dot([m.eta], { x: (d: number) => d, y: () => y, r: 6, fill: color.accent, stroke: color.bg, strokeWidth: 2 }),
      ],
    }),
  };
}
