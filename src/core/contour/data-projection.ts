import { assertFinite, CoreError } from '../errors';

/** The part of a d3-geo stream a planar projection passes points through. */
interface GeoStream {
  point(x: number, y: number, z?: number): void;
  lineStart(): void;
  lineEnd(): void;
  polygonStart(): void;
  polygonEnd(): void;
  sphere?(): void;
}

/**
 * A Plot projection (the function form Plot accepts for `projection`) that maps the data
 * rectangle x ∈ [x0, x1], y ∈ [y0, y1] onto the whole plot frame, x to the right and y
 * UPWARDS, stretching x and y independently: the same mapping as linear x and y scales with
 * these domains. Pure (no Plot import), so it lives in the core next to the polygons it draws:
 *
 *   Plot.plot({ projection: dataProjection(grid), marks: [Plot.geo(contourPolygons(grid, t), …)] })
 */
export function dataProjection(domain: {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}): (frame: { width: number; height: number }) => { stream(s: GeoStream): GeoStream } {
  const { x0, x1, y0, y1 } = domain;
  for (const [v, what] of [
    [x0, 'x0'],
    [x1, 'x1'],
    [y0, 'y0'],
    [y1, 'y1'],
  ] as const) {
    assertFinite(v, what);
  }
  if (!(x0 < x1 && y0 < y1)) throw new CoreError('invalid', 'the projection domain must have x0 < x1 and y0 < y1');
  return ({ width, height }) => {
    const kx = width / (x1 - x0);
    const ky = height / (y1 - y0);
    return {
      stream: (s) => ({
        point: (x, y) => s.point((x - x0) * kx, (y1 - y) * ky),
        lineStart: () => s.lineStart(),
        lineEnd: () => s.lineEnd(),
        polygonStart: () => s.polygonStart(),
        polygonEnd: () => s.polygonEnd(),
        sphere: () => s.sphere?.(),
      }),
    };
  };
}
