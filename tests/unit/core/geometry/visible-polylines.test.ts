import { describe, expect, it } from 'vitest';
import { clipPath } from '../../../../src/core/geometry/clip-path';
import { visiblePolylines } from '../../../../src/core/geometry/visible-polylines';

describe('visiblePolylines', () => {
  it('a path that leaves the window and comes back gives two polylines ending and starting on the edge', () => {
    const xs = [0, 0.5, 2, 0.5];
    const ys = [0, 0.5, 0.5, 0.5];
    const pts = xs.map((x, i) => [x, ys[i]!] as const);
    const lines = visiblePolylines(xs, ys, clipPath(pts, { x: [0, 1], y: [0, 1] }));
    expect(lines).toEqual([
      [
        { x: 0, y: 0 },
        { x: 0.5, y: 0.5 },
        { x: 1, y: 0.5 },
      ],
      [
        { x: 1, y: 0.5 },
        { x: 0.5, y: 0.5 },
      ],
    ]);
  });
  it('a path inside the window is one polyline of all its points', () => {
    const xs = [0.1, 0.2, 0.3];
    const ys = [0.1, 0.2, 0.3];
    const lines = visiblePolylines(
      xs,
      ys,
      clipPath(
        xs.map((x, i) => [x, ys[i]!]),
        { x: [0, 1], y: [0, 1] },
      ),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.map((p) => p.x)).toEqual([0.1, 0.2, 0.3]);
  });
});
