/** The data table (and CSV): the loss of every run, iteration by iteration (at most ~100 rows). */
import type { TableData } from '~/widgets/kit/csv';
import type { Run } from './model';
import { etaText } from './explain';

export function table(runs: readonly Run[], steps: number): TableData {
  const stride = Math.max(1, Math.ceil(steps / 100));
  const ks: number[] = [];
  for (let k = 0; k <= steps; k += stride) ks.push(k);
  if (ks[ks.length - 1] !== steps) ks.push(steps);
  const rows = ks.map((k) => {
    const row: Record<string, number | string> = { k };
    runs.forEach((r, i) => {
      const v = r.losses[k];
      row[`r${i}`] = v === undefined ? 'stopped' : v;
    });
    return row;
  });
  return {
    caption: `Loss ‖y − Xβ‖² per iteration from (−8, −2)${stride > 1 ? `, every ${stride}th iteration` : ''}; “stopped” once a divergent run was halted`,
    columns: [
      { key: 'k', label: 'iteration', digits: 0 },
      ...runs.map((r, i) => ({ key: `r${i}`, label: `η = ${etaText(r.eta)} (${r.predicted})`, digits: 2 })),
    ],
    rows,
  };
}
