import { describe, expect, it } from 'vitest';
import { formulaSurface, parseExpression } from '~/core/expr';
import { rosenbrock } from '~/core/surfaces';
import { adam, configure, descentPath, gradientDescent } from '~/core/optim';

function surfaceOf(text: string) {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(r.error.message);
  return formulaSurface(r.formula, { id: 'typed', name: 'typed', tex: '', domain: rosenbrock.domain, minima: [] });
}

describe('formulaSurface', () => {
  it('runs the optimisers on a typed Rosenbrock exactly as on the catalogue one', () => {
    const typed = surfaceOf('(1 - x)^2 + 100*(y - x^2)^2');
    for (const opt of [configure(gradientDescent, { learningRate: 0.001 }), configure(adam, { learningRate: 0.05 })]) {
      const a = descentPath(typed, opt, [-1.5, 2], { maxSteps: 300 });
      const b = descentPath(rosenbrock, opt, [-1.5, 2], { maxSteps: 300 });
      expect(a.steps).toBe(b.steps);
      const last = a.points.length - 1;
      expect(a.points[last]![0]).toBeCloseTo(b.points[last]![0]!, 9);
      expect(a.points[last]![1]).toBeCloseTo(b.points[last]![1]!, 9);
    }
  });

  it('stops a path that reaches a point where f or its gradient is not finite', () => {
    const path = descentPath(surfaceOf('sqrt(x)'), configure(gradientDescent, { learningRate: 1 }), [1, 0], {
      maxSteps: 50,
    });
    expect(path.status).toBe('diverged');
    for (const p of path.points) expect(Number.isFinite(p[0]!) && Number.isFinite(p[1]!)).toBe(true);
  });

  it('gives the gradient at each point asked, however the points come (it keeps the last one)', () => {
    const text = 'exp(1/x) + x*y^3';
    const r = parseExpression(text);
    if (!r.ok) throw new Error(r.error.message);
    const surface = surfaceOf(text);
    const exact = (x: number, y: number): number[] => {
      const out = [0, 0, 0];
      r.formula.evaluate(x, y, out);
      return [out[1]!, out[2]!];
    };
    const points: Array<[number, number]> = [
      [0.5, 1],
      [0.5, 1],
      [0.25, 1],
      [0.5, 1],
      [0.5, -1],
      // exp(1/x) at x = 0 and x = −0: ∂/∂x is −∞ on one side and NaN on the other.
      [0, 2],
      [-0, 2],
      [0, 2],
      [NaN, 1],
      [NaN, 1],
      [0.5, 1],
    ];
    for (const [x, y] of points) expect(Array.from(surface.gradient([x, y]))).toEqual(exact(x, y));
    expect(exact(0, 2)[0]).not.toEqual(exact(-0, 2)[0]);
  });
});
