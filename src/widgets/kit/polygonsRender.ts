/**
 * A `render` for Plot.geo marks of polygons (filled contour bands, a grid's outline, the 3-D
 * box's panes) on the figure's x and y scales: the same SVG as Plot's, with the path strings
 * written by `polygonString` instead of d3-geo's stream. Plot's stream passes every point
 * through a chain of stream objects and a tagged template; a contour map's bands were about half
 * of its figure's drawing, one task of 40–55 ms at 4× CPU (docs/benchmarks.md, Hydration,
 * session 30).
 *
 *     Plot.geo(bands, { geometry: 'geometry', fill: 'value', render: polygonsRender })
 *
 * Plot still makes the group (its styles, clip and transform: `next` with no index) and the fill
 * colours (its colour scale). Anything else, Plot draws as ever: another geometry type, a channel
 * other than the geometry and the fill, a style Plot writes on each path (opacity, blend mode),
 * or scales the kit cannot apply.
 */
import type { RenderFunction } from '@observablehq/plot';
import { pixelFunctions } from './markRedraw';
import { renderScales, SVG_NS } from './onePathMark';
import { isPolygonGeometry, polygonString } from './pathStrings';

/** The channels this render draws itself: the rest (a title, a stroke by value) are Plot's. */
const OWN_CHANNELS = new Set(['geometry', 'fill']);

/** A mark's styles that Plot writes on each of its paths (its `applyDirectStyles`), not on the group. */
interface PathStyles {
  readonly mixBlendMode?: unknown;
  readonly opacity?: unknown;
}

export const polygonsRender: RenderFunction = function (
  this: PathStyles | undefined,
  index,
  scales,
  values,
  dimensions,
  context,
  next,
) {
  if (next === undefined) throw new Error('polygonsRender is a render transform: give it as a mark’s `render` option');
  const geometry = values.geometry as ArrayLike<unknown> | undefined;
  const fill = values.fill as ArrayLike<unknown> | undefined;
  const channels = Object.keys((values as { channels?: object }).channels ?? {});
  const f = pixelFunctions(renderScales(scales));
  if (
    f === null ||
    this?.mixBlendMode != null ||
    this?.opacity != null ||
    geometry === undefined ||
    channels.some((name) => !OWN_CHANNELS.has(name)) ||
    index.some((i) => !isPolygonGeometry(geometry[i]))
  )
    return next(index, scales, values, dimensions, context);
  const g = next([], scales, values, dimensions, context);
  if (g === null) return null;
  // Clipped to the frame, Plot's group is inside a clipped one (its applyClip): the paths go in it.
  const host = g.firstElementChild?.localName === 'g' ? g.firstElementChild : g;
  for (const i of index) {
    const path = context.document.createElementNS(SVG_NS, 'path');
    const d = polygonString(geometry[i] as Parameters<typeof polygonString>[0], f.px, f.py);
    if (d !== '') path.setAttribute('d', d);
    // Plot writes the fill colour of a value it cannot colour (null) as no attribute.
    if (fill !== undefined && fill[i] != null) path.setAttribute('fill', String(fill[i]));
    host.append(path);
  }
  return g;
};
