import type { Window2D } from '~/core/geometry/window';

/** A rectangle of cells with one label, in data coordinates. */
export interface CellRect {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
  readonly label: number;
}

/**
 * Rectangles covering runs of equal labels along each row of an n × n lattice over the window
 * (cell k = j·n + i centred on the lattice point), leaving out labels `skip` says: the greyed
 * cells where f is not defined, and the basin colours.
 */
export function cellRects(
  n: number,
  at: (k: number) => number,
  window: Window2D,
  skip: (label: number) => boolean,
): CellRect[] {
  const dx = (window.x[1] - window.x[0]) / (n - 1);
  const dy = (window.y[1] - window.y[0]) / (n - 1);
  const out: CellRect[] = [];
  for (let j = 0; j < n; j++) {
    let i = 0;
    while (i < n) {
      const label = at(j * n + i);
      let e = i + 1;
      while (e < n && at(j * n + e) === label) e++;
      if (!skip(label)) {
        out.push({
          x1: Math.max(window.x[0], window.x[0] + (i - 0.5) * dx),
          x2: Math.min(window.x[1], window.x[0] + (e - 0.5) * dx),
          y1: Math.max(window.y[0], window.y[0] + (j - 0.5) * dy),
          y2: Math.min(window.y[1], window.y[0] + (j + 0.5) * dy),
          label,
        });
      }
      i = e;
    }
  }
  return out;
}
