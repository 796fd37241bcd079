/**
 * The loss chart of the race: f − f_min against the iteration for every racer on one
 * logarithmic axis, the tolerance as a horizontal rule and the scrubbed iteration as a
 * vertical one.
 */
import { line, ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { cursorLayer } from '~/widgets/kit/cursorLayer';
import { lruCache } from '~/widgets/kit/lruCache';
import type { Layer, PlotBase } from '~/widgets/kit/PlotFigure';
import { RACER_COLOR, RACER_DASH } from './colors';
import type { Model, Racer } from './model';
import { racersKey } from './mapPanel';

/** Gaps below this are drawn at it (the log axis needs positive values; doubles stop here anyway). */
export const GAP_FLOOR = 1e-16;
/** At most this many points per curve: a chart 600 px wide shows no more. */
const MAX_POINTS = 600;

const domainCache = lruCache<[number, number]>({ size: 8 });

/** The y domain: from GAP_FLOOR to the power of ten above the largest gap (cached: a scrub step reads it twice). */
export function lossDomain(m: Model): [number, number] {
  return domainCache(racersKey(m), () => {
    let hi = GAP_FLOOR * 10;
    for (const r of m.racers) for (let k = 0; k < r.gaps.length; k++) hi = Math.max(hi, r.gaps[k]!);
    const top = 10 ** Math.ceil(Math.log10(Math.min(hi, 1e12)));
    return [GAP_FLOOR, Math.max(top, 1)];
  });
}

export function lossBase(m: Model): PlotBase {
  return {
    x: { domain: [0, Math.max(1, m.longest)], label: 'iteration k', labelAnchor: 'right' },
    y: {
      type: 'log',
      domain: lossDomain(m),
      label: 'f − f_min',
      labelAnchor: 'top',
      tickFormat: (v: number) => `1e${Math.round(Math.log10(v))}`,
      ticks: 5,
    },
    marginLeft: 52,
  };
}

function series(r: Racer, ceiling: number): { k: number; gap: number }[] {
  const n = r.gaps.length;
  const every = Math.max(1, Math.ceil(n / MAX_POINTS));
  const out: { k: number; gap: number }[] = [];
  for (let k = 0; k < n; k += every) out.push({ k, gap: Math.min(ceiling, Math.max(GAP_FLOOR, r.gaps[k]!)) });
  if ((n - 1) % every !== 0) out.push({ k: n - 1, gap: Math.min(ceiling, Math.max(GAP_FLOOR, r.gaps[n - 1]!)) });
  return out;
}

export function lossCurves(m: Model): Layer {
  const ceiling = lossDomain(m)[1];
  return {
    key: racersKey(m),
    plot: (): PlotOptions => ({
      marks: [
        ruleY([m.tolerance], { stroke: color.muted, strokeDasharray: '4,3' }),
        text([m.tolerance], {
          y: (d: number) => d,
          frameAnchor: 'right',
          text: () => 'tolerance',
          dy: -7,
          fill: color.muted,
          fontSize: 11,
        }),
        ...m.racers.map((r) =>
          line(series(r, ceiling), {
            x: 'k',
            y: 'gap',
            stroke: RACER_COLOR[r.key],
            strokeWidth: 1.8,
            strokeDasharray: RACER_DASH[r.key],
          }),
        ),
      ],
    }),
  };
}

/** The scrubbed iteration: a line that moves (kit cursorLayer) rather than a Plot per step. */
export function lossCursor(m: Model): Layer {
  return cursorLayer(m.at, { stroke: color.accent, strokeWidth: 1.5 }, String(m.longest));
}
