/** The data table of the multi-start widget: how many starts end where. */
import type { TableData } from '~/widgets/kit/csv';
import type { BasinResult } from './basinTask';
import { OPTIMIZER_NAMES, type Model } from './model';
import { countRows } from './summary';

export function table(m: Model, r: BasinResult | undefined): TableData {
  const rows =
    r === undefined
      ? []
      : countRows(m, r).map((c) => ({ where: c.what, starts: c.count, share: c.count / (r.input.n * r.input.n) }));
  return {
    caption: `Where ${m.input.n} × ${m.input.n} starts of ${OPTIMIZER_NAMES[m.input.opt]} (η = ${m.input.eta}) end on ${m.surface.name}`,
    columns: [
      { key: 'where', label: 'ends at' },
      { key: 'starts', label: 'starts', digits: 0 },
      { key: 'share', label: 'share', format: (v: number) => `${(100 * v).toFixed(1)} %` },
    ],
    rows,
  };
}
