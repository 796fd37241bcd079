/** The live summary and the counts under the map of the multi-start widget. */
import { BASIN_DIVERGED, BASIN_STALLED, BASIN_SADDLE, BASIN_MAXIMUM, BASIN_ELSEWHERE } from '~/core/basins';
import { pt, sig } from '~/widgets/kit/format';
import type { BasinResult } from './basinTask';
import { OPTIMIZER_NAMES, type Model } from './model';

export interface CountRow {
  readonly label: number;
  readonly what: string;
  readonly count: number;
}

/** One row per minimum, then the starts that rested at another critical point, diverged or stalled. */
export function countRows(m: Model, r: BasinResult): CountRow[] {
  const minima = m.surface.criticalPoints.minima;
  return [
    ...r.counts.perMinimum.map((count, i) => ({ label: i, what: `minimum ${pt(minima[i]!.x, minima[i]!.y)}`, count })),
    { label: BASIN_SADDLE, what: 'stopped at a saddle', count: r.counts.saddle },
    { label: BASIN_MAXIMUM, what: 'stopped at a maximum', count: r.counts.maximum },
    { label: BASIN_ELSEWHERE, what: 'stopped elsewhere', count: r.counts.elsewhere },
    { label: BASIN_DIVERGED, what: 'diverged', count: r.counts.diverged },
    { label: BASIN_STALLED, what: 'stalled', count: r.counts.stalled },
  ];
}

function probeText(m: Model): string {
  const p = m.probe;
  const minima = m.surface.criticalPoints.minima;
  const from = `The start ${pt(p.start[0], p.start[1])}`;
  if (p.minimum !== null)
    return `${from} reaches the minimum ${pt(minima[p.minimum]!.x, minima[p.minimum]!.y)} in ${p.steps} steps.`;
  if (p.status === 'diverged') return `${from} diverges.`;
  if (p.status === 'converged' || p.status === 'converged-with-oscillation') {
    return `${from} stops where the gradient vanishes, at ${pt(p.xs[p.steps]!, p.ys[p.steps]!)}, which is not a minimum (f = ${sig(p.finalLoss)}).`;
  }
  return `${from} stalls: after ${p.steps} steps it is at ${pt(p.xs[p.steps]!, p.ys[p.steps]!)}.`;
}

export function summary(m: Model, r: BasinResult | undefined, current: boolean): string {
  const settings = `${m.surface.name}, ${OPTIMIZER_NAMES[m.input.opt]} with η = ${m.input.eta}, ${m.input.n} × ${m.input.n} starts, at most ${m.input.steps} steps.`;
  if (r === undefined || !current) return `${settings} Computing the basin map… ${probeText(m)}`;
  const counts = countRows(m, r)
    .filter((c) => c.count > 0)
    .map((c) => `${c.what}: ${c.count}`)
    .join('; ');
  return `${settings} Where the starts end: ${counts}. ${probeText(m)}`;
}
