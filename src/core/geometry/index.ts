/** Plane geometry for 2-D figures: windows and clipping paths to them. */
export { assertWindow, insideWindow, type Window2D } from './window';
export {
  clipPath,
  windowExit,
  type ClipOptions,
  type ClipPiece,
  type ClippedPath,
  type ExitReason,
  type PathExit,
  type Point2,
} from './clip-path';
export { visiblePolylines, type XY } from './visible-polylines';
