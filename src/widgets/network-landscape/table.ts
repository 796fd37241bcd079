/** The network-landscape table (and CSV): the loss curve of the run shown. */
import type { TableData } from '~/widgets/kit/csv';
import type { TrainingView } from './training-task';
import { architecture } from './summary';

export function table(t: TrainingView | undefined, hidden: readonly number[]): TableData {
  const rows = t === undefined ? [] : Array.from(t.curve.step, (k, i) => ({ step: k, loss: t.curve.loss[i]! }));
  return {
    caption: `Training loss of the ${architecture(hidden)} network, step by step (thinned to at most 400 rows)`,
    columns: [
      { key: 'step', label: 'step k', digits: 0 },
      { key: 'loss', label: 'loss', digits: 6 },
    ],
    rows,
  };
}
