/** The data table (and CSV) of descent-path: every point of the drawn path. */
import type { TableData } from '~/widgets/kit/csv';
import { FORMULAS, type Model } from './model';

export function table(m: Model): TableData {
  return {
    caption: `Gradient descent on ${FORMULAS[m.id]} with ${m.method === 'armijo' ? 'backtracking from' : ''} η = ${m.eta}${m.exit !== null ? ` (the path leaves the map at step ${m.exit.k})` : ''}`,
    columns: [
      { key: 'k', label: 'step', digits: 0 },
      { key: 'x', label: 'w₁', digits: 4 },
      { key: 'y', label: 'w₂', digits: 4 },
      { key: 'loss', label: 'f(w₁, w₂)', digits: 6 },
    ],
    rows: m.path.map((p) => ({ k: p.k, x: p.x, y: p.y, loss: p.loss })),
  };
}
