/** The data table (and CSV) of loss-surface-explorer: each training point with the current
 * line's prediction and residual (pure). */
import type { TableData } from '~/widgets/kit/csv';
import { fmt } from '~/widgets/kit/format';
import type { Model } from './model';

export function table(m: Model): TableData {
  const p = m.at;
  return {
    caption: `The 80 training points, the predictions ŷ of the line b = ${fmt(p.b, 3)}, w = ${fmt(p.w, 3)} and the residuals ŷ − y (training MSE, the mean of their squares: ${fmt(p.mse, 4)})`,
    columns: [
      { key: 'i', label: '#', digits: 0 },
      { key: 'x', label: 'x', digits: 3 },
      { key: 'y', label: 'y', digits: 3 },
      { key: 'yhat', label: 'ŷ', digits: 3 },
      { key: 'r', label: 'ŷ − y', digits: 3 },
    ],
    rows: p.residuals.map((r, i) => ({ i: i + 1, x: r.x, y: r.y, yhat: r.yhat, r: r.r })),
  };
}
