/**
 * The loss chart of the race: f − f_min against the iteration for every racer on one
 * logarithmic axis, the tolerance as a horizontal rule and the scrubbed iteration as a
 * vertical one.
 */
import { ruleY, text, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { cursorLayer } from '~/widgets/kit/cursorLayer';
import { linesPath, type LineColumns } from '~/widgets/kit/linesPath';
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

/** A racer's curve: every `every`-th iteration and the last, its gap clamped to the axis. */
function series(r: Racer, ceiling: number): LineColumns {
  const n = r.gaps.length;
  const every = Math.max(1, Math.ceil(n / MAX_POINTS));
  const ks: number[] = [];
  for (let k = 0; k < n; k += every) ks.push(k);
  if ((n - 1) % every !== 0) ks.push(n - 1);
  return {
    x: Float64Array.from(ks),
    y: Float64Array.from(ks, (k) => Math.min(ceiling, Math.max(GAP_FLOOR, r.gaps[k]!))),
  };
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
        // One path per racer, written straight from its points (kit linesPath): what Plot.line
        // drew, without its channels; as Plot.line the layer took a task of 61-77 ms at 4× CPU
        // (docs/benchmarks.md, Hydration, session 21).
        ...m.racers.map((r) =>
          linesPath(series(r, ceiling), {
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
