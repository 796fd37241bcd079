/** The data table of the optimizer race: one row per optimiser. */
import type { TableData } from '~/widgets/kit/csv';
import { pt, sig } from '~/widgets/kit/format';
import type { Model } from './model';
import { outcomeText } from './summary';

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
      const end =
        r.endsAtMinimum !== null
          ? `minimum ${pt(minima[r.endsAtMinimum]!.x, minima[r.endsAtMinimum]!.y)}`
          : last >= 0
            ? pt(r.xs[last]!, r.ys[last]!)
            : '—';
      return { name: r.name, params: r.params, outcome: outcomeText(r, m), gap: last >= 0 ? r.gaps[last]! : 0, end };
    }),
  };
}
