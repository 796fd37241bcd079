/** The live text summary and the data table of the optimizer race. */
import type { TableData } from '~/widgets/kit/csv';
import { pt, sig } from '~/widgets/kit/format';
import type { Model, Racer } from './model';

export function outcomeText(r: Racer, m: Model): string {
  if (r.problem !== null) return `not run: ${r.problem}`;
  if (r.outcome === 'reached') return `${r.stepsToTolerance!.toLocaleString('en')} steps`;
  if (r.outcome === 'diverged') return `diverged (step ${r.xs.length - 1})`;
  return `stalled: not within ${m.budget.toLocaleString('en')} steps`;
}

export function summary(m: Model): string {
  if (m.racers.length === 0) return 'No optimiser is switched on: turn one on to start the race.';
  const reached = m.racers.filter((r) => r.outcome === 'reached').sort((a, b) => a.stepsToTolerance! - b.stepsToTolerance!);
  const head = `${m.racers.length} optimisers from ${pt(m.start[0], m.start[1])} on ${m.surface.name}, tolerance f − f_min < ${sig(m.tolerance)}, shown at iteration ${m.at}.`;
  const order =
    reached.length === 0
      ? ` None reaches the tolerance within ${m.budget.toLocaleString('en')} steps.`
      : ` Reached the tolerance: ${reached.map((r) => `${r.name} in ${r.stepsToTolerance!.toLocaleString('en')}`).join(', ')}.`;
  const others = m.racers.filter((r) => r.outcome !== 'reached');
  const rest = others.length === 0 ? '' : ` ${others.map((r) => `${r.name}: ${outcomeText(r, m)}`).join('; ')}.`;
  return head + order + rest;
}

export function table(m: Model): TableData {
  const minima = m.surface.criticalPoints.minima;
  return {
    caption: `Six optimisers from ${pt(m.start[0], m.start[1])} on ${m.surface.name}: steps until f − f_min < ${sig(m.tolerance)}`,
    columns: [
      { key: 'name', label: 'optimiser' },
      { key: 'params', label: 'hyperparameters' },
      { key: 'outcome', label: 'steps to tolerance' },
      { key: 'gap', label: 'f − f_min at the end', format: (v: number) => sig(v) },
      { key: 'end', label: 'ends at' },
    ],
    rows: m.racers.map((r) => {
      const last = r.xs.length - 1;
      const end = r.endsAtMinimum !== null ? `minimum ${pt(minima[r.endsAtMinimum]!.x, minima[r.endsAtMinimum]!.y)}` : last >= 0 ? pt(r.xs[last]!, r.ys[last]!) : '—';
      return { name: r.name, params: r.params, outcome: outcomeText(r, m), gap: last >= 0 ? r.gaps[last]! : 0, end };
    }),
  };
}
