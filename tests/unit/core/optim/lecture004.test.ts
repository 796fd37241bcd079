import { describe, expect, it } from 'vitest';
import { tenPointLine } from '~/core/data/ten-point-line';
import { designMatrix } from '~/core/linalg';
import { leastSquaresLoss } from '~/core/loss/least-squares';
import { configure, descentPath, gradientDescent, observedBehaviour } from '~/core/optim';
import lecture from '../../../fixtures/linalg/lecture004.json';
import { lectureObjective, maxRelativeError } from './helpers';

const { x, y } = tenPointLine();
const objective = lectureObjective(x, y);

describe("lecture 004's gradient descent, step for step against numpy", () => {
  for (const run of lecture.runs) {
    it(`η = ${run.eta}, ${run.steps} steps from (${run.start.join(', ')})`, () => {
      const path = descentPath(objective, configure(gradientDescent, { learningRate: run.eta }), run.start, {
        maxSteps: run.steps,
      });
      expect(path.steps).toBe(run.steps);
      expect(maxRelativeError(path.losses, run.losses)).toBeLessThan(1e-12);
      expect(maxRelativeError(path.points[run.steps]!, run.finalBeta)).toBeLessThan(1e-12);
      run.betasEvery10.forEach((beta, k) => {
        expect(maxRelativeError(path.points[10 * k]!, beta)).toBeLessThan(1e-12);
      });
      const expected = run.eta === 0.0065 ? 'diverges' : run.eta === 0.0055 ? 'oscillates' : 'converges';
      expect(observedBehaviour(path)).toBe(expected);
      expect(path.status).toBe(run.eta === 0.0065 ? 'diverged' : 'max-steps');
    });
  }

  it('chapter 5 numbers: the final β and loss of the 1000-step run', () => {
    const path = descentPath(objective, configure(gradientDescent, { learningRate: 0.002 }), [-8, -3.2], {
      maxSteps: 1000,
    });
    const run = lecture.runs[0]!;
    // numpy: β ≈ (0.91770, 0.48369), loss ≈ 12.8664
    expect(path.points[1000]![0]).toBeCloseTo(0.9177, 4);
    expect(path.points[1000]![1]).toBeCloseTo(0.48369, 5);
    expect(Math.abs(path.losses[1000]! / run.losses[1000]! - 1)).toBeLessThan(1e-12);
    expect(path.oscillated).toBe(false);
  });

  it("the lecture's stopping rule: stop when the loss changes by less than the tolerance", () => {
    const path = descentPath(objective, configure(gradientDescent, { learningRate: 0.002 }), [-8, -3.2], {
      maxSteps: 1000,
      tolerance: 1e-3,
    });
    expect(path.status).toBe('converged');
    expect(path.steps).toBeLessThan(1000);
    const k = path.steps;
    expect(Math.abs(path.losses[k]! - path.losses[k - 1]!)).toBeLessThan(1e-3);
    expect(Math.abs(path.losses[k - 1]! - path.losses[k - 2]!)).toBeGreaterThanOrEqual(1e-3);
    expect(path.stoppedBecause).toMatch(/less than 0.001 at step/);
    // and the same points as the fixed-count run up to there
    expect(maxRelativeError(path.losses, lecture.runs[0]!.losses.slice(0, k + 1))).toBeLessThan(1e-12);
  });

  it('η = 0.0055 with a tolerance: converged, with oscillation', () => {
    const path = descentPath(objective, configure(gradientDescent, { learningRate: 0.0055 }), [-8, -2], {
      maxSteps: 5000,
      tolerance: 1e-9,
    });
    expect(path.status).toBe('converged-with-oscillation');
  });

  it('gradNorms are ‖XᵀXβ − Xᵀy‖ at each recorded point', () => {
    const path = descentPath(objective, configure(gradientDescent, { learningRate: 0.002 }), [-8, -3.2], {
      maxSteps: 5,
    });
    path.points.forEach((p, k) => {
      expect(Math.abs(path.gradNorms[k]! / Math.hypot(...objective.gradient(p)) - 1)).toBeLessThan(1e-15);
    });
  });

  it("with the course's own least-squares loss (lecture gradient): the same numbers", () => {
    const loss = leastSquaresLoss(designMatrix(x), y, { halfGradient: true });
    for (const run of lecture.runs) {
      const path = descentPath(loss, configure(gradientDescent, { learningRate: run.eta }), run.start, {
        maxSteps: run.steps,
      });
      expect(maxRelativeError(path.losses, run.losses)).toBeLessThan(1e-12);
      expect(maxRelativeError(path.points[run.steps]!, run.finalBeta)).toBeLessThan(1e-12);
    }
  });
});
