/** The data table (and CSV) of gradient-field: the probe, and the gradient at a few
 * landmarks of the surface (pure). */
import type { TableData } from '~/widgets/kit/csv';
import { probe, type Model, type Probe } from './model';

export function table(m: Model): TableData {
  const { choice, probe: p } = m;
  const [x0, x1] = choice.window.x;
  const [y0, y1] = choice.window.y;
  const points: { label: string; q: Probe }[] = [{ label: 'probe', q: p }];
  for (const [label, x, y] of [
    ['corner ↙', x0, y0],
    ['corner ↗', x1, y1],
    ['centre', (x0 + x1) / 2, (y0 + y1) / 2],
  ] as const) {
    points.push({ label, q: probe(choice, x, y) });
  }
  choice.surface.minima.forEach((m, i) => points.push({ label: `min ${i + 1}`, q: probe(choice, m[0], m[1]) }));
  return {
    caption: `The gradient ∇f = (∂f/∂x, ∂f/∂y) of ${choice.formula} at the probe, at corners and centre of the window, and at the minima`,
    columns: [
      { key: 'point', label: 'point' },
      { key: 'x', label: 'w₁', digits: 2 },
      { key: 'y', label: 'w₂', digits: 2 },
      { key: 'gx', label: '∂f/∂x', digits: 2 },
      { key: 'gy', label: '∂f/∂y', digits: 2 },
    ],
    rows: points.map(({ label, q }) => ({ point: label, x: q.x, y: q.y, gx: q.grad[0], gy: q.grad[1] })),
  };
}
