// The "in steps" forms of the core's long computations give the same answer to the last bit as
// the plain forms, and pause where they say.
import { describe, expect, it } from 'vitest';
import { contourLines, contourLinesInSteps } from '~/core/contour/contour-lines';
import { contourPolygons, contourPolygonsInSteps } from '~/core/contour/contour-polygons';
import { CoreError } from '~/core/errors';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { adam, configure, descentPath, descentPathInSteps, gradientDescent, momentum } from '~/core/optim';
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { himmelblau, rosenbrock } from '~/core/surfaces';

/** Runs every piece and counts the pauses. */
function counted<T>(steps: InSteps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const piece = steps.next();
    if (piece.done === true) return { value: piece.value, pauses };
    pauses++;
  }
}

describe('runToEnd', () => {
  it('returns what the generator returns after running every piece', () => {
    const seen: number[] = [];
    function* pieces(): InSteps<string> {
      seen.push(1);
      yield;
      seen.push(2);
      yield;
      seen.push(3);
      return 'done';
    }
    expect(runToEnd(pieces())).toBe('done');
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('descentPathInSteps', () => {
  const runs = [
    { name: 'gradient descent, all steps', opt: configure(gradientDescent, { learningRate: 0.001 }), maxSteps: 1234 },
    { name: 'momentum, all steps', opt: configure(momentum, { learningRate: 0.001, momentum: 0.9 }), maxSteps: 1000 },
    { name: 'Adam, stops at the tolerance', opt: configure(adam, { learningRate: 0.05 }), maxSteps: 5000, tol: 1e-10 },
    { name: 'gradient descent, diverges', opt: configure(gradientDescent, { learningRate: 0.01 }), maxSteps: 3000 },
  ];
  for (const r of runs) {
    it(`gives the same path as descentPath: ${r.name}`, () => {
      const options = { maxSteps: r.maxSteps, gradTolerance: r.tol };
      const whole = descentPath(rosenbrock, r.opt, [-1.5, 2], options);
      const { value: pieces, pauses } = counted(descentPathInSteps(rosenbrock, r.opt, [-1.5, 2], options, 100));
      expect(pieces.steps).toBe(whole.steps);
      expect(pieces.points).toEqual(whole.points);
      expect(pieces.losses).toEqual(whole.losses);
      expect(pieces.gradNorms).toEqual(whole.gradNorms);
      expect([pieces.status, pieces.oscillated, pieces.stoppedBecause]).toEqual([
        whole.status,
        whole.oscillated,
        whole.stoppedBecause,
      ]);
      // a pause after every 100 steps while the run goes on (a run that ends right after a
      // pause, e.g. diverging at step 201, has one more piece)
      const pieceCount = Math.ceil(whole.steps / 100);
      expect(pauses === pieceCount - 1 || pauses === pieceCount).toBe(true);
      if (whole.status === 'max-steps') expect(pauses).toBe(Math.ceil(r.maxSteps / 100) - 1);
    });
  }

  it('checks its arguments when it starts, like descentPath', () => {
    const gd = configure(gradientDescent, { learningRate: 0.001 });
    expect(() => runToEnd(descentPathInSteps(rosenbrock, gd, [0, 0], { maxSteps: -1 }))).toThrow(CoreError);
    expect(() => runToEnd(descentPathInSteps(rosenbrock, gd, [0, 0], { maxSteps: 10 }, 0))).toThrow(CoreError);
  });
});

describe('contourPolygonsInSteps and contourLinesInSteps', () => {
  const grid = evaluateGrid((x, y) => himmelblau.f(x, y), { x: [-5, 5], y: [-5, 5], nx: 61, ny: 61 });
  const levels = [1, 10, 50, 100, 200, 400];

  it('give the same polygons and lines as the plain forms, pausing between levels', () => {
    const polygons = counted(contourPolygonsInSteps(grid, levels));
    expect(polygons.value).toEqual(contourPolygons(grid, levels));
    expect(polygons.pauses).toBe(levels.length - 1);
    const lines = counted(contourLinesInSteps(grid, levels));
    expect(lines.value).toEqual(contourLines(grid, levels));
    expect(lines.pauses).toBe(levels.length - 1);
  });

  it('throw for invalid thresholds when they start', () => {
    expect(() => runToEnd(contourPolygonsInSteps(grid, [NaN]))).toThrow(CoreError);
  });
});
