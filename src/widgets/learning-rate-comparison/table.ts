/**
 * The data table (and CSV) in long form, one row per run and iteration (every iteration up
 * to 100 steps, then about 100 per run), so that it stays three columns wide on a phone.
 */
import type { TableData } from '~/widgets/kit/csv';
import { plain } from '~/widgets/kit/format';
import type { Model } from './model';

export function table(m: Model): TableData {
  const { runs, steps } = m;
  const stride = Math.max(1, Math.ceil(steps / 100));
  const rows: Record<string, number | string>[] = [];
  for (const r of runs) {
    const last = r.losses.length - 1;
    for (let k = 0; k <= last; k += stride) rows.push({ eta: plain(r.eta), k, loss: r.losses[k]! });
    if (last % stride !== 0) rows.push({ eta: plain(r.eta), k: last, loss: r.losses[last]! });
  }
  const verdicts = runs.map((r) => `η = ${plain(r.eta)} ${r.predicted}`).join('; ');
  return {
    caption: `Loss ‖y − Xβ‖² per iteration from (−8, −2)${stride > 1 ? `, every ${stride}th iteration` : ''} (${verdicts}); a divergent run ends where the core halted it`,
    columns: [
      { key: 'eta', label: 'η' },
      { key: 'k', label: 'iteration', digits: 0 },
      { key: 'loss', label: 'loss', digits: 2 },
    ],
    rows,
  };
}
