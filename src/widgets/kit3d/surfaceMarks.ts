/**
 * Projected surface faces (already back to front) as one Plot mark.
 *
 * A render-function mark rather than Plot.geo: each rotation step redraws
 * every face, and building the path strings directly and inserting them with
 * one innerHTML write costs about half of what Plot.geo's per-feature
 * geo-stream and per-element attribute calls cost (measured in the bench).
 * Coordinates go through Plot's own x and y scales, so the faces line up with
 * every other mark of the figure.
 */
import type * as Plot from '@observablehq/plot';
import type { ScreenFace } from '~/core/project/surface';
import { pixelFunctions } from '~/widgets/kit/markRedraw';
import type { Px } from '~/widgets/kit/pathStrings';
import { renderScales } from '~/widgets/kit/onePathMark';
import { faceColor } from './surfaceColor';

/** SVG path data for one face ring (closed), one decimal place. */
function pathData(ring: ReadonlyArray<readonly [number, number]>, X: Px, Y: Px): string {
  let d = '';
  const n = ring.length - 1; // the ring repeats its first point
  for (let v = 0; v < n; v++) {
    const p = ring[v]!;
    const x = X(p[0]);
    const y = Y(p[1]);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return '';
    d += `${v === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  }
  return `${d}Z`;
}

/**
 * One path per face, in the order given (painter's algorithm). `wire` draws a
 * faint outline per face, like matplotlib's surface edges; otherwise each face
 * is outlined in its own colour, which hides hairline seams between neighbours.
 */
export function surfaceMarks(faces: readonly ScreenFace[], wire = true): Plot.Markish[] {
  const mark = (
    _index: unknown,
    scales: unknown,
    _values: unknown,
    _dims: unknown,
    context: { document: Document },
  ): SVGElement => {
    const doc = context.document;
    const g = doc.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('aria-label', 'surface');
    g.setAttribute('stroke-width', wire ? '0.5' : '0.6');
    g.setAttribute('stroke-linejoin', 'round');
    if (wire) g.setAttribute('stroke', 'rgba(20, 20, 30, 0.28)');
    // The kit's pixel functions: a linear scale's arithmetic without d3's per-call machinery
    // (a mesh is thousands of points).
    const pixels = pixelFunctions(renderScales(scales));
    if (pixels === null) return g;
    const { px: X, py: Y } = pixels;
    const parts: string[] = [];
    for (const f of faces) {
      const d = pathData(f.ring, X, Y);
      if (d === '') continue;
      const fill = faceColor(f.height, f.light);
      parts.push(wire ? `<path d="${d}" fill="${fill}"/>` : `<path d="${d}" fill="${fill}" stroke="${fill}"/>`);
    }
    g.innerHTML = parts.join('');
    return g;
  };
  return [mark as unknown as Plot.Markish];
}
