/** The data table (and CSV) of tangent-explorer: the difference quotient at the current x for
 * h = 1, 0.1, …, 1e−12, and for the current h (pure). */
import type { TableData } from '~/widgets/kit/csv';
import { fmt } from '~/widgets/kit/format';
import { at, TABLE_HS } from './model';

export function table(x: number, h: number): TableData {
  const hs = TABLE_HS.includes(h) ? TABLE_HS : [...TABLE_HS, h].sort((a, b) => b - a);
  return {
    caption: `Difference quotients (f(x + h) − f(x))/h of f(x) = 3x² − 4x + 5 at x = ${fmt(x)}, and their error against f′(x) = ${fmt(at(x, 1).slope)}`,
    columns: [
      { key: 'h', label: 'h' },
      { key: 'q', label: 'quotient', digits: 8 },
      { key: 'e', label: 'error' },
    ],
    rows: hs.map((hh) => {
      const p = at(x, hh);
      // Plain ASCII exponent form, so the CSV opens as numbers in a spreadsheet.
      return { h: hh.toExponential(hh === h && !TABLE_HS.includes(h) ? 2 : 0), q: p.quotient, e: p.error === 0 ? '0' : p.error.toExponential(2) };
    }),
  };
}
