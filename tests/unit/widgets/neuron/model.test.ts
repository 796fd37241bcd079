import { describe, expect, it } from 'vitest';
import { contourPolygons } from '~/core/contour/contour-polygons';
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { runToEnd } from '~/core/steps/in-steps';
import { GRID_SIDE, INPUT_RANGE, model, neuronOutput, outputMap } from '~/widgets/neuron/model';
import { stateSchema } from '~/widgets/neuron/state';

describe('neuron widget model', () => {
  const s = stateSchema.defaults;

  it('a = g(w₁x₁ + w₂x₂ + b) at the sample points', () => {
    expect(neuronOutput({ w1: 2, w2: -1, b: 0.5, act: 'relu' }, 1, 3)).toEqual({ z: -0.5, a: 0 });
    const m = model(s);
    expect(m.samples[0]).toEqual({ x1: 0, x2: 0, z: 0, a: 0.5 });
  });

  it('for the sigmoid the 0.5 line is w₁x₁ + w₂x₂ + b = 0 (here x₂ = x₁)', () => {
    const m = model(s);
    expect(m.half.count).toBeGreaterThan(0);
    for (let k = 0; k < m.half.x.length; k++) expect(m.half.y[k]!).toBeCloseTo(m.half.x[k]!, 6);
  });

  it('no 0.5 line when the output never reaches 0.5 in the window', () => {
    const m = model({ ...s, w1: 0, w2: 0, b: -5 });
    expect(m.half.count).toBe(0);
    expect(m.range[1]).toBeLessThan(0.5);
  });

  it('the output map in pieces is the map at once, cached by weights, bias and activation', () => {
    const n = { ...s, w1: 1.25, w2: -0.5, b: 0.75, act: 'tanh' as const };
    const pieces = outputMap.inSteps(n);
    let count = 0;
    for (let r = pieces.next(); !r.done; r = pieces.next()) count++;
    expect(count).toBeGreaterThan(3);
    const m = model(n);
    const grid = evaluateGrid((x1, x2) => neuronOutput(n, x1, x2).a, {
      x: INPUT_RANGE,
      y: INPUT_RANGE,
      nx: GRID_SIDE,
      ny: GRID_SIDE,
    });
    expect(m.grid).toEqual(grid);
    expect(m.colorDomain).toEqual([-1, 1]);
    const levels = [-0.8, -0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8].filter((t) => t > grid.min && t < grid.max);
    expect(m.bands.map((b) => b.value)).toEqual([grid.min, ...levels.map((t) => expect.closeTo(t, 12))]);
    expect(m.bands).toEqual(
      contourPolygons(
        grid,
        m.bands.map((b) => b.value),
      ),
    );
    // Cached: the model of the same neuron (another probe, the same map) reuses it.
    expect(model({ ...n }).bands).toBe(m.bands);
    expect(runToEnd(outputMap.inSteps(n))).toBe(outputMap(n));
    expect(model({ ...n, b: 0.5 }).bands).not.toBe(m.bands);
  });
});
