// The paths' labels laid out so that none hides another (pathPictures): paths from the common
// start that leave the map at one point get their words a line apart and their numbers side by
// side; paths that end far apart keep their labels at their ends.
import { describe, expect, it } from 'vitest';
import { pixelFrame } from '~/widgets/kit/markRedraw';
import { frameDistance } from '~/widgets/kit/pathStrings';
import { model, withRuns, type ModelWithRuns } from '~/widgets/playground/model';
import { mapBase } from '~/widgets/playground/mapPanel';
import { LABEL, pathPictures } from '~/widgets/playground/pathPictures';
import { stateSchema, type State } from '~/widgets/playground/state';
import { scalesOf } from '../kit/layerDrawing';

const size = { width: 640, height: 480 };
const on = (f: string, patch: Partial<State> = {}): ModelWithRuns =>
  withRuns(model({ ...stateSchema.parse('').state, f, ...patch }));

/** The pictures of `m`'s runs and the pixels per unit along x and y of its figure. */
function picturesOf(m: ModelWithRuns) {
  const frame = pixelFrame(scalesOf(mapBase(m), size))!;
  const distance = frameDistance(frame);
  const ux = distance({ x: 0, y: 0 }, { x: 1, y: 0 });
  const uy = distance({ x: 0, y: 0 }, { x: 0, y: 1 });
  return { pictures: pathPictures(m.runs, m.window, distance), ux, uy };
}

/** Two paths of plain descent from (0.5, 1), with η = 0.5 and 0.25. */
const twoPaths = (): Partial<State> => ({
  sx: 0.5,
  sy: 1,
  opt: ['gradient-descent', 'gradient-descent'],
  eta: [0.5, 0.25],
});

describe('the paths’ labels', () => {
  it('stack where two paths leave the map at one point: words a line apart, numbers side by side', () => {
    // f = −y: both paths go straight up and leave at the top, where the words go below the end.
    const { pictures, ux, uy } = picturesOf(on('-y', twoPaths()));
    const [a, b] = pictures;
    expect(a!.stop).toMatchObject({ why: 'leaves the map', above: false });
    expect(b!.end.x).toBeCloseTo(a!.end.x, 9);
    expect(b!.end.y).toBeCloseTo(a!.end.y, 9);
    expect(a!.stop!.at).toEqual(a!.end);
    expect(a!.numberAt).toEqual(a!.end);
    // The second path's words one line lower (below the end: further down), its number to the right.
    expect((a!.stop!.at.y - b!.stop!.at.y) * uy).toBeCloseTo(LABEL.line, 6);
    expect(b!.stop!.at.x).toBe(a!.stop!.at.x);
    expect((b!.numberAt.x - a!.numberAt.x) * ux).toBeCloseTo(LABEL.numberShift, 6);
    expect(b!.numberAt.y).toBe(a!.numberAt.y);
  });

  it('stack upwards where the words go above the ends (paths leaving at the bottom)', () => {
    const { pictures, uy } = picturesOf(on('y', twoPaths()));
    const [a, b] = pictures;
    expect(a!.stop!.above).toBe(true);
    expect((b!.stop!.at.y - a!.stop!.at.y) * uy).toBeCloseTo(LABEL.line, 6);
  });

  it('stay at the ends of paths that end far apart, and of paths that do not end early', () => {
    // x² + y² with η = 1.05 (overshoots more each step: it ends early) and 0.1
    // (converges); the default Rosenbrock's two paths, neither of which ends early.
    const bowl = on('x^2 + y^2', { ...twoPaths(), eta: [1.05, 0.1] });
    expect(bowl.runs.map((r) => r.label)).toEqual([
      expect.stringMatching(/diverged|leaves/),
      expect.stringContaining('converged'),
    ]);
    for (const m of [bowl, on('(1 - x)^2 + 100*(y - x^2)^2')]) {
      const { pictures } = picturesOf(m);
      for (const p of pictures) {
        expect(p.numberAt).toEqual(p.end);
        if (p.stop !== null) expect(p.stop.at).toEqual(p.end);
      }
    }
  });
});
