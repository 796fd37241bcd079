/** The data table (and CSV) of tangent-explorer: the difference quotient at the current x for
 * h = 1, 0.1, …, 1e−12, and for the current h (pure). */
import type { TableData } from '~/widgets/kit/csv';
import { fmt } from '~/widgets/kit/format';
import { at, TABLE_HS, type At } from './model';

/** ASCII exponent form ("1e-3", "-1.32e-6"), as the table always showed; the CSV has the full number. */
const exponent = (digits: number) => (v: number): string => (v === 0 ? '0' : v.toExponential(digits));

export function table(m: At): TableData {
  const { x, h } = m;
  const extra = !TABLE_HS.includes(h);
  const hs = extra ? [...TABLE_HS, h].sort((a, b) => b - a) : TABLE_HS;
  return {
    caption: `Difference quotients (f(x + h) − f(x))/h of f(x) = 3x² − 4x + 5 at x = ${fmt(x)}, and their error against f′(x) = ${fmt(m.slope)}`,
    columns: [
      { key: 'h', label: 'h', format: (v) => v.toExponential(extra && v === h ? 2 : 0) },
      { key: 'q', label: 'quotient', digits: 8 },
      { key: 'e', label: 'error', format: exponent(2) },
    ],
    rows: hs.map((hh) => {
      const p = at(x, hh);
      return { h: hh, q: p.quotient, e: p.error };
    }),
  };
}
