/** The data table (and CSV) of loss-surface-explorer: each training point with the current
 * line's prediction and residual (pure). */
import type { TableData } from '~/widgets/kit/csv';
import { fmt } from '~/widgets/kit/format';
import type { AtPoint } from './model';

export function table(p: AtPoint): TableData {
  return {
    caption: `The 80 training points with the predictions of the line b = ${fmt(p.b, 3)}, w = ${fmt(p.w, 3)} (training MSE ${fmt(p.mse, 4)})`,
    columns: [
      { key: 'i', label: 'point', digits: 0 },
      { key: 'x', label: 'x', digits: 4 },
      { key: 'y', label: 'y', digits: 4 },
      { key: 'yhat', label: 'prediction ŷ', digits: 4 },
      { key: 'r', label: 'residual ŷ − y', digits: 4 },
      { key: 'r2', label: 'squared residual', digits: 4 },
    ],
    rows: p.residuals.map((r, i) => ({ i: i + 1, x: r.x, y: r.y, yhat: r.yhat, r: r.r, r2: r.r * r.r })),
  };
}
