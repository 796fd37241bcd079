/** The data table (and CSV) of step-size-spectrum: the error components at every step. */
import type { TableData } from '~/widgets/kit/csv';
import { plain } from '~/widgets/kit/format';
import type { Model } from './model';

export function table(m: Model): TableData {
  const [soft, stiff] = m.directions;
  const rows = Array.from(m.errorNorm, (norm, k) => ({ k, soft: soft.values[k]!, stiff: stiff.values[k]!, norm }));
  return {
    caption: `Error of gradient descent from (−8, −2) with η = ${plain(m.eta)}, along the soft and stiff eigen-directions of XᵀX`,
    columns: [
      { key: 'k', label: 'step k', digits: 0 },
      { key: 'soft', label: `soft (× ${soft.factor.toFixed(4)})`, digits: 5 },
      { key: 'stiff', label: `stiff (× ${stiff.factor.toFixed(4)})`, digits: 5 },
      { key: 'norm', label: '‖β − β̂‖', digits: 5 },
    ],
    rows,
  };
}
