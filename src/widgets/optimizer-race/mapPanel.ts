/**
 * The contour map of the race: contour lines, minima (stars) and saddles (crosses) in the
 * background; each racer's path up to the scrubbed iteration, thinned to what a reader can
 * tell apart, and its current position.
 */
import { dot, type PlotOptions } from '@observablehq/plot';
import { color } from '~/widgets/kit/colors';
import { linesPath, type LineColumns } from '~/widgets/kit/linesPath';
import { surfaceContourLines } from '~/widgets/kit/surfaceContourLines';
import { pathPrefixes, type PathPrefixes } from '~/widgets/kit/pathPrefix';
import type { XY } from '~/core/geometry/visible-polylines';
import { pixelDistance, pixelScale, type Layer, type LayerContext, type PlotBase } from '~/widgets/kit/PlotFigure';
import type { ContourLines } from '~/core/contour/contour-lines';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { clipPath } from '~/core/geometry/clip-path';
import type { CatalogueSurface } from '~/core/surfaces/entry';
import { RACER_COLOR, RACER_DASH, RACER_SYMBOL } from './colors';
import { positionAt, type Model, type Racer, type RacerKey } from './model';

/** The map's contour lines: 16 levels. */
export const contoursOf = (surface: CatalogueSurface): ContourLines => surfaceContourLines(surface, LEVELS);
export const contoursOfInSteps = (surface: CatalogueSurface): InSteps<ContourLines> =>
  surfaceContourLines.inSteps(surface, LEVELS);
const LEVELS = 16;

export function mapBase(m: Model): PlotBase {
  return {
    x: { domain: [...m.window.x], label: 'x', labelAnchor: 'right' },
    y: { domain: [...m.window.y], label: 'y', labelAnchor: 'top' },
  };
}

export function mapBackground(m: Model): Layer {
  const c = contoursOf(m.surface);
  const cp = m.surface.criticalPoints;
  return {
    key: m.surface.id,
    plot: (): PlotOptions => ({
      marks: [
        linesPath(c, { stroke: color.muted, strokeOpacity: 0.45, strokeWidth: 1 }),
        dot(cp.minima, {
          x: 'x',
          y: 'y',
          symbol: 'star',
          r: 7,
          fill: color.series[2],
          stroke: color.bg,
          strokeWidth: 1,
        }),
        dot(cp.saddles, { x: 'x', y: 'y', symbol: 'times', r: 5, stroke: color.fg, strokeWidth: 2 }),
      ],
    }),
  };
}

/**
 * Each racer's whole path, clipped and thinned once for the figure's scale, so that a scrub
 * step only cuts it at the iteration shown (kit/pathPrefix: the same lines as clipping and
 * thinning the first `at` points).
 */
const prefixCache = new WeakMap<Racer, { scale: string; prefixes: PathPrefixes }>();

function prefixesOf(r: Racer, window: Model['window'], ctx: LayerContext): PathPrefixes {
  return runToEnd(prefixesInSteps(r, window, ctx));
}

/** prefixesOf in two pieces: the path clipped to the window, then thinned to the pixel. */
function* prefixesInSteps(r: Racer, window: Model['window'], ctx: LayerContext): InSteps<PathPrefixes> {
  const { kx, ky } = pixelScale(ctx);
  const scale = `${kx},${ky}`;
  const hit = prefixCache.get(r);
  if (hit !== undefined && hit.scale === scale) return hit.prefixes;
  const pts: [number, number][] = [];
  for (let k = 0; k < r.xs.length; k++) pts.push([r.xs[k]!, r.ys[k]!]);
  const clipped = clipPath(pts, window);
  yield;
  const prefixes = pathPrefixes(r.xs, r.ys, clipped, 1.5, pixelDistance(ctx));
  prefixCache.set(r, { scale, prefixes });
  return prefixes;
}

/**
 * A racer's visible pieces as the columns of linesPath, a line each: one `<path>` per racer, the
 * points written straight to its string. Drawn by Plot.line (a `z` per piece), every one of the
 * racers' thousands of points went through Plot's channels and d3's line: 46 ms of a 73 ms task
 * in the first drawing, profiled at 4× CPU (docs/benchmarks.md, Hydration, session 31).
 */
export function piecesAsLines(pieces: readonly (readonly XY[])[]): LineColumns {
  let n = 0;
  for (const piece of pieces) n += piece.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const line = new Float64Array(n);
  let k = 0;
  pieces.forEach((piece, i) => {
    for (const p of piece) {
      x[k] = p.x;
      y[k] = p.y;
      line[k++] = i;
    }
  });
  return { x, y, line };
}

export function racersKey(m: Model): string {
  return (
    m.racers.map((r) => `${r.key}:${r.params}:${r.xs.length}`).join('|') +
    `|${m.surface.id}|${m.start.join(',')}|${m.budget}`
  );
}

/**
 * The paths up to the scrubbed iteration (one path per racer, its visible pieces a line each),
 * the racers' positions there (one dot mark: symbol and colour per dot) and the start ring: few
 * marks, since every scrub step redraws this layer.
 */
export function mapPaths(m: Model): Layer {
  return {
    key: `${racersKey(m)}|${m.at}`,
    // the first drawing clips and thins the racers' paths in pieces (each is thousands of points)
    *prepare(ctx) {
      for (const r of m.racers) {
        yield* prefixesInSteps(r, m.window, ctx);
        yield;
      }
    },
    plot: (ctx): PlotOptions => {
      const marks = [];
      for (const r of m.racers) {
        const pieces = prefixesOf(r, m.window, ctx).upTo(m.at);
        if (pieces.length === 0) continue;
        marks.push(
          linesPath(piecesAsLines(pieces), {
            stroke: RACER_COLOR[r.key],
            strokeWidth: 2,
            strokeDasharray: RACER_DASH[r.key],
            strokeOpacity: 0.9,
          }),
        );
      }
      const here: { x: number; y: number; key: RacerKey }[] = [];
      for (const r of m.racers) {
        const p = positionAt(r, m.at);
        if (p === null || p.x < m.window.x[0] || p.x > m.window.x[1] || p.y < m.window.y[0] || p.y > m.window.y[1])
          continue;
        here.push({ x: p.x, y: p.y, key: r.key });
      }
      marks.push(
        dot(here, {
          x: 'x',
          y: 'y',
          // Symbol names and CSS colours as they are (no scales): one mark for the six positions.
          symbol: (d: { key: RacerKey }) => RACER_SYMBOL[d.key],
          fill: { value: (d: { key: RacerKey }) => RACER_COLOR[d.key], scale: null },
          stroke: color.bg,
          strokeWidth: 1.5,
          r: 6,
        }),
      );
      marks.push(
        dot([m.start], {
          x: (d: readonly number[]) => d[0],
          y: (d: readonly number[]) => d[1],
          r: 7,
          stroke: color.fg,
          fill: 'none',
          strokeWidth: 2,
        }),
      );
      return { marks };
    },
  };
}
