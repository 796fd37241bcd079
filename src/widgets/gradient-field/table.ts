/** The data table (and CSV) of gradient-field: the probe, and the gradient at a few
 * landmarks of the surface (pure). */
import type { TableData } from '~/widgets/kit/csv';
import { probe, type Probe } from './model';
import type { SurfaceChoice } from './surfaces';

export function table(choice: SurfaceChoice, p: Probe): TableData {
  const [x0, x1] = choice.window.x;
  const [y0, y1] = choice.window.y;
  const points: { label: string; q: Probe }[] = [{ label: 'probe', q: p }];
  for (const [label, x, y] of [
    ['window corner (lower left)', x0, y0],
    ['window corner (upper right)', x1, y1],
    ['window centre', (x0 + x1) / 2, (y0 + y1) / 2],
  ] as const) {
    points.push({ label, q: probe(choice, x, y) });
  }
  choice.surface.minima.forEach((m, i) => points.push({ label: `minimum ${i + 1}`, q: probe(choice, m[0], m[1]) }));
  return {
    caption: `Gradient of ${choice.formula} at the probe and at landmarks`,
    columns: [
      { key: 'point', label: 'point' },
      { key: 'x', label: 'x', digits: 3 },
      { key: 'y', label: 'y', digits: 3 },
      { key: 'f', label: 'f(x, y)', digits: 3 },
      { key: 'gx', label: '∂f/∂x', digits: 3 },
      { key: 'gy', label: '∂f/∂y', digits: 3 },
      { key: 'norm', label: '|∇f|', digits: 3 },
    ],
    rows: points.map(({ label, q }) => ({ point: label, x: q.x, y: q.y, f: q.f, gx: q.grad[0], gy: q.grad[1], norm: q.norm })),
  };
}
