/**
 * The prepare step of a widget that draws filled contours (contourPolygons): warmContours.ts's
 * small grid and levels, run through d3-contour's marching squares and rings once.
 */
import { contourPolygonsInSteps } from '~/core/contour/contour-polygons';
import type { InSteps } from '~/core/steps/in-steps';
import { LEVELS, rippledBowlInSteps } from './warmContours';

export function* warmContourBands(): InSteps<unknown> {
  return yield* contourPolygonsInSteps(yield* rippledBowlInSteps(), LEVELS);
}
