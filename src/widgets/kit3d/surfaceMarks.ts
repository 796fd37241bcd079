/** Projected surface faces (already back to front) as one Plot.geo mark. */
import * as Plot from '@observablehq/plot';
import type { ScreenFace } from '~/core/project/surface';
import { faceColor } from './surfaceColor';

interface FaceFeature {
  readonly type: 'Polygon';
  readonly coordinates: Array<Array<[number, number]>>;
  readonly fill: string;
}

/**
 * One path per face, in the order given (painter's algorithm). `wire` draws a
 * faint outline per face, like matplotlib's surface edges; the outline in the
 * face's own colour otherwise hides hairline seams between neighbours.
 */
export function surfaceMarks(faces: readonly ScreenFace[], wire = true): Plot.Markish[] {
  const data: FaceFeature[] = faces.map((f) => ({ type: 'Polygon', coordinates: [f.ring], fill: faceColor(f.height, f.light) }));
  return [
    Plot.geo(data, {
      fill: (d: FaceFeature) => d.fill,
      stroke: wire ? 'rgba(20, 20, 30, 0.28)' : (d: FaceFeature) => d.fill,
      strokeWidth: wire ? 0.5 : 0.6,
      strokeLinejoin: 'round',
    }),
  ];
}
