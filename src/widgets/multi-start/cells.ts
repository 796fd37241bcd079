/**
 * The basin map as rectangles: each row of starts becomes runs of equal labels, one
 * rectangle per run, so a 64 × 64 map is a few hundred SVG elements instead of 4,096.
 * Each start is the centre of its cell; cells tile the window's grid spacing.
 */
import { linspaceAt } from '~/core/grid/grid';

export interface LabelCell {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly label: number;
}

export function labelCells(
  labels: ArrayLike<number>,
  n: number,
  window: { x: readonly [number, number]; y: readonly [number, number] },
): LabelCell[] {
  const dx = (window.x[1] - window.x[0]) / (n - 1);
  const dy = (window.y[1] - window.y[0]) / (n - 1);
  const out: LabelCell[] = [];
  for (let j = 0; j < n; j++) {
    const yc = linspaceAt(window.y[0], window.y[1], n, j);
    let i = 0;
    while (i < n) {
      const label = labels[j * n + i]!;
      let k = i + 1;
      while (k < n && labels[j * n + k] === label) k++;
      out.push({
        x1: linspaceAt(window.x[0], window.x[1], n, i) - dx / 2,
        x2: linspaceAt(window.x[0], window.x[1], n, k - 1) + dx / 2,
        y1: yc - dy / 2,
        y2: yc + dy / 2,
        label,
      });
      i = k;
    }
  }
  return out;
}
