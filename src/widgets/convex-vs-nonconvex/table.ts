/** The data table (and CSV) of convex-vs-nonconvex: every minimum of both surfaces. */
import type { TableData } from '~/widgets/kit/csv';
import type { Model } from './model';

export function table(m: Model): TableData {
  const rows = [m.convex, m.other].flatMap((sm) =>
    sm.minima.map((p) => ({
      surface: sm.surface.name,
      x: p.x,
      y: p.y,
      f: p.f,
      kind: p.global ? 'global' : 'local only',
    })),
  );
  return {
    caption:
      'The minima of the two surfaces: where each one is, its value, and whether it is the lowest value of its surface',
    columns: [
      { key: 'surface', label: 'surface' },
      { key: 'x', label: 'w₁', digits: 4 },
      { key: 'y', label: 'w₂', digits: 4 },
      { key: 'f', label: 'f(x, y)', digits: 4 },
      { key: 'kind', label: 'minimum' },
    ],
    rows,
  };
}
