/**
 * The map's drawing for the figure's pixel frame, written by the map worker with its answer:
 * the contour and arrow path strings, the paths' pictures and their lines' path strings, exactly
 * as the page's layers would work them out in place (mapPanel.ts, pathsLayer.ts), which then
 * only set attributes in the frame that shows a new map. Used only when the figure is still in
 * that frame (same size and window) and shows those runs; otherwise the layers work the drawing
 * out themselves.
 */
import {
  arrowStrings,
  frameDistance,
  lineStrings,
  linearPixels,
  type PixelFrame,
  type Px,
} from '~/widgets/kit/pathStrings';
import type { Run } from './descentRuns';
import type { MapGeometry } from './mapGeometry';
import { pathPictures, type PathPicture } from './pathPictures';

/** Arrowheads of the downhill arrows (px). */
export const ARROW_HEAD = 5;

export interface MapDrawing {
  readonly frame: PixelFrame;
  /** `key` of the map drawn. */
  readonly mapKey: string;
  /** `runsKey` of the runs pictured. */
  readonly runsKey: string;
  /** The contour lines' path string, one (mapBackground's line mark). */
  readonly contours: readonly string[];
  /** The downhill arrows' one path string (mapArrows: kit arrowsPath). */
  readonly arrows: string;
  /** The descent paths (mapPaths). */
  readonly paths: readonly PathPicture[];
  /** Each path's line as the path strings of its line mark (mapPaths puts them in place). */
  readonly pathLines: readonly (readonly string[])[];
}

export function mapDrawing(map: MapGeometry, runs: readonly Run[], runsKey: string, frame: PixelFrame): MapDrawing {
  const px = linearPixels(frame.x);
  const py = linearPixels(frame.y);
  const { lines, arrows } = map;
  const paths = pathPictures(runs, map.window, frameDistance(frame));
  return {
    frame,
    mapKey: map.key,
    runsKey,
    contours: lineStrings(lines.x, lines.y, null, px, py),
    arrows: arrowStrings(arrows, px, py, { headLength: ARROW_HEAD }).join(''),
    paths,
    pathLines: paths.map((p) => pathLineStrings(p, px, py)),
  };
}

/** A path picture's line as the path strings of its line mark, for the pixel functions `px`, `py`. */
export function pathLineStrings(p: PathPicture, px: Px, py: Px): string[] {
  return lineStrings(
    p.line.map((q) => q.x),
    p.line.map((q) => q.y),
    null,
    px,
    py,
  );
}
