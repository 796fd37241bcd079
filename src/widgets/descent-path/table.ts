/** The data table (and CSV) of descent-path: every point of the drawn path. */
import type { TableData } from '~/widgets/kit/csv';
import { formulaOf, type Model } from './model';

export function table(m: Model): TableData {
  return {
    caption: `Gradient descent on ${formulaOf(m.id)} with η = ${m.eta}${m.exit !== null ? ` (the path leaves the map at step ${m.exit.k})` : ''}`,
    columns: [
      { key: 'k', label: 'step', digits: 0 },
      { key: 'x', label: 'x', digits: 4 },
      { key: 'y', label: 'y', digits: 4 },
      { key: 'loss', label: 'f(x, y)', digits: 6 },
    ],
    rows: m.path.map((p) => ({ k: p.k, x: p.x, y: p.y, loss: p.loss })),
  };
}
