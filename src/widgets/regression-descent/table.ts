/** The data table (and CSV) of regression-descent: β and the loss at the lecture's animation frames and the last iteration. */
import type { TableData } from '~/widgets/kit/csv';
import { isMarkedIteration } from './marks';
import type { Model } from './model';

export function table(m: Model): TableData {
  const { run } = m;
  const rows: Array<Record<string, number>> = [];
  for (let i = 0; i < run.length; i++) {
    if (isMarkedIteration(i) || i === run.length - 1) {
      const L = run.loss[i]!;
      rows.push({ k: i, b0: run.b0[i]!, b1: run.b1[i]!, loss: L, log: Math.log(L) });
    }
  }
  return {
    caption: `Gradient descent on ‖y − Xβ‖²: β and the loss at iterations 0–9, then every 2nd (to 50), 5th (to 500) and 25th iteration, and the last one (${run.length - 1})`,
    columns: [
      { key: 'k', label: 'iteration', digits: 0 },
      { key: 'b0', label: 'β₀', digits: 6 },
      { key: 'b1', label: 'β₁', digits: 6 },
      { key: 'loss', label: 'loss ‖y − Xβ‖²', digits: 6 },
      { key: 'log', label: 'log loss', digits: 6 },
    ],
    rows,
  };
}
