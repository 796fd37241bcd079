/** The data table (and CSV) of loss-and-gradient-1d: L and dL/dw every 0.1 in w. */
import type { TableData } from '~/widgets/kit/csv';
import type { Model } from './model';
import { W_DOMAIN } from './state';

export function table(m: Model): TableData {
  const { fn } = m.curves;
  const { x, y } = fn;
  const [a, b] = W_DOMAIN;
  const n = Math.round((b - a) * 10);
  const rows = Array.from({ length: n + 1 }, (_, i) => {
    const w = Math.round((a + i / 10) * 10) / 10;
    return { w, loss: fn.value(w), slope: fn.derivative(w) };
  });
  const short = (t: number): string => String(Number(t.toFixed(2)) || 0).replace('-', '\u2212');
  const v = (t: number): string => (t < 0 ? `(${short(t)})` : short(t));
  return {
    caption: `L(w) = (w·${v(x)} − ${v(y)})² and its slope dL/dw = 2(w·${v(x)} − ${v(y)})·${v(x)}`,
    columns: [
      { key: 'w', label: 'w', digits: 1 },
      { key: 'loss', label: 'L(w)', digits: 3 },
      { key: 'slope', label: 'dL/dw', digits: 3 },
    ],
    rows,
  };
}
