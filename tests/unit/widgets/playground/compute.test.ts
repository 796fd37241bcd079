import { describe, expect, it } from 'vitest';
import { formulaSurface, parseExpression, type CompiledFormula } from '~/core/expr';
import { basinMap } from '~/widgets/playground/basinMap';
import { contourLines } from '~/core/contour/contour-lines';
import { descentRun } from '~/widgets/playground/descentRuns';
import { formulaMap, LEVELS } from '~/widgets/playground/formulaMap';
import { gradientArrows } from '~/widgets/playground/gradientArrows';
import { spec, window } from './runSpec';
import { ARROWS_SIDE, mapGeometry, mapKey, MAP_SIDE } from '~/widgets/playground/mapGeometry';

const compile = (text: string): CompiledFormula => {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.formula;
};
const surface = (text: string) =>
  formulaSurface(compile(text), { id: 'typed', name: 'typed', tex: '', domain: window, minima: [] });

describe('formulaMap', () => {
  it('samples the formula and sets quantile levels', () => {
    const m = formulaMap(compile('(1 - x)^2 + 100*(y - x^2)^2'), window, 50);
    expect(m.grid.nx).toBe(50);
    expect(m.thresholds).toHaveLength(LEVELS);
    expect(m.masked.every((v) => v === 0)).toBe(true);
    expect(m.problem).toBeNull();
  });

  it('masks cells where f is not finite and keeps them out of the levels', () => {
    const m = formulaMap(compile('log(x) + y'), window, 41);
    const masked = m.masked.reduce((a, b) => a + b, 0);
    expect(masked).toBe(21 * 41); // x ≤ 0: columns 0…20 (x = 0 gives −Infinity)
    for (let k = 0; k < m.masked.length; k++) if (m.masked[k]) expect(m.grid.values[k]).toBeNaN();
    expect(m.thresholds.every(Number.isFinite)).toBe(true);
  });

  it('explains a formula with nothing to draw', () => {
    expect(formulaMap(compile('sqrt(-1 - x^2)'), window, 20).problem).toMatch(/not a finite number anywhere/);
    expect(formulaMap(compile('3'), window, 20).problem).toMatch(/constant/);
  });
});

describe('mapGeometry (what the map worker sends)', () => {
  it('is plain data built from text: lines, greyed cells, arrows, the summary figures', () => {
    const g = mapGeometry({ formula: 'log(x) + y^2', window });
    expect(g.key).toBe(mapKey({ formula: 'log(x) + y^2', window }));
    expect(g.key).toBe('log(x) + y^2|-2|2|-1|3');
    // x ≤ 0 is masked: 40 of the 80 columns, as rectangles from x = −2 to the cell edge before 0.
    expect(g.maskedShare).toBeCloseTo(40 / MAP_SIDE, 12);
    expect(g.masked).toHaveLength(MAP_SIDE);
    for (const r of g.masked) expect([r.x1, r.label]).toEqual([-2, 1]);
    expect(g.problem).toBeNull();
    // Lines never run into the masked half (NaN breaks them where they would touch it).
    expect(g.lines.x.length).toBe(g.lines.y.length);
    for (const v of g.lines.x) if (!Number.isNaN(v)) expect(v).toBeGreaterThan(0);
    // Arrows only at cell centres with x > 0: columns 8 … 14 of 15 (column 7's centre is x = 0).
    expect(g.arrows.x1.length).toBe(7 * ARROWS_SIDE);
    expect(structuredClone(g)).toEqual(g);
  });

  it('lists every contour line one after another, a NaN point between two (the map draws them as one path)', () => {
    const formula = '(1 - x)^2 + 100*(y - x^2)^2';
    const m = formulaMap(compile(formula), window, MAP_SIDE);
    const lines = contourLines(m.grid, m.thresholds);
    expect(lines.count).toBeGreaterThan(10);
    const g = mapGeometry({ formula, window });
    expect(g.lines.x).toHaveLength(lines.x.length + lines.count - 1);
    // Nothing is masked here: the points are contourLines' in order, a NaN wherever a line ends.
    const expected: number[][] = [];
    for (let k = 0; k < lines.x.length; k++) {
      if (k > 0 && lines.line[k] !== lines.line[k - 1]) expected.push([NaN, NaN]);
      expected.push([lines.x[k]!, lines.y[k]!]);
    }
    expect(Array.from(g.lines.x, (x, k) => [x, g.lines.y[k]!])).toEqual(expected);
  });

  it('refuses text that does not parse (the worker trusts nothing it is sent); nothing to contour is no lines', () => {
    expect(() => mapGeometry({ formula: 'x +', window })).toThrow(/./);
    const flat = mapGeometry({ formula: '3', window });
    expect(flat.problem).toMatch(/constant/);
    expect(flat.lines.x).toHaveLength(0);
    expect(mapGeometry({ formula: 'sqrt(-1 - x^2)', window }).lines.x).toHaveLength(0);
  });
});

describe('gradientArrows', () => {
  it('points downhill with one length per cell, and skips flat or undefined points', () => {
    const a = gradientArrows(compile('x^2 + y^2'), { x: [-1, 1], y: [-1, 1] }, 4);
    expect(a.x1).toHaveLength(16);
    for (let k = 0; k < a.x1.length; k++) {
      // −∇f points to the origin
      expect(Math.sign(a.x2[k]! - a.x1[k]!)).toBe(-Math.sign(a.x1[k]!));
      expect(Math.hypot(a.x2[k]! - a.x1[k]!, a.y2[k]! - a.y1[k]!)).toBeCloseTo(0.4 * 0.5, 12);
    }
    expect(gradientArrows(compile('sqrt(x)'), { x: [-1, 1], y: [-1, 1] }, 4).x1).toHaveLength(8);
    expect(gradientArrows(compile('5'), { x: [-1, 1], y: [-1, 1] }, 4).x1).toHaveLength(0);
  });
});

describe('descentRun', () => {
  it('runs every optimiser on the typed Rosenbrock and labels the end', () => {
    for (const optimizer of [
      'gradient-descent',
      'momentum',
      'nesterov',
      'adagrad',
      'rmsprop',
      'adam',
      'backtracking',
    ] as const) {
      const r = descentRun(
        surface('(1 - x)^2 + 100*(y - x^2)^2'),
        spec({
          optimizer,
          learningRate:
            optimizer === 'adagrad'
              ? 0.5
              : optimizer === 'backtracking'
                ? 1
                : optimizer === 'gradient-descent' || optimizer.endsWith('m') || optimizer === 'nesterov'
                  ? 0.0005
                  : 0.02,
        }),
        window,
      );
      expect(r.points.length).toBeGreaterThan(1);
      expect(r.label.length).toBeGreaterThan(5);
      expect(r.clipped).not.toBeNull();
    }
    const adam = descentRun(
      surface('(1 - x)^2 + 100*(y - x^2)^2'),
      spec({ optimizer: 'adam', learningRate: 0.05, maxSteps: 5000 }),
      window,
    );
    expect(adam.status).toMatch(/^converged/);
    expect(adam.label).toMatch(/^converged in \d+ steps/);
  });

  it('stops, with a label, where f is not defined — at the start or at a step', () => {
    const atStart = descentRun(surface('log(x)'), spec({ start: [-1, 0] }), window);
    expect(atStart.status).toBe('not-defined');
    expect(atStart.label).toMatch(/^f or its gradient is not defined at the start \(/);
    const later = descentRun(surface('sqrt(x)'), spec({ start: [1, 0], learningRate: 1 }), window);
    expect(later.status).toBe('not-defined');
    expect(later.label).toMatch(/^stopped after 1 step: f or ∇f is not defined at the next point/);
    for (const p of later.points) expect(Number.isFinite(p[0]!) && Number.isFinite(p[1]!)).toBe(true);
  });

  it('tells divergence from an undefined point', () => {
    const r = descentRun(surface('x^2 + y^2'), spec({ learningRate: 1.5, start: [1, 1] }), window);
    expect(r.status).toBe('diverged');
    expect(r.label).toMatch(/^diverged after \d+ steps/);
  });
});

describe('basinMap', () => {
  const run = {
    optimizer: 'gradient-descent' as const,
    learningRate: 0.01,
    momentum: 0.9,
    decay: 0.999,
    maxSteps: 2000,
  };
  it('labels a preset with the catalogue minima: Himmelblau has four basins', () => {
    const m = basinMap({
      formula: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2',
      window: { x: [-6, 6], y: [-6, 6] },
      run,
      n: 24,
    });
    expect(m.source).toBe('catalogue');
    expect(m.minima).toHaveLength(4);
    expect(new Set(m.labels.filter((l) => l >= 0)).size).toBe(4);
  });

  it('finds the minima of a formula nobody listed, and labels starts by them', () => {
    const m = basinMap({
      formula: '(x^2 - 1)^2 + 2*y^2',
      window: { x: [-2, 2], y: [-1, 1] },
      run: { ...run, learningRate: 0.05 },
      n: 20,
    });
    expect(m.source).toBe('found');
    expect(m.minima.map((p) => Math.round(p.x))).toEqual(expect.arrayContaining([-1, 1]));
    expect(m.minima).toHaveLength(2);
    // left half of the starts goes to x = −1, right half to x = +1
    const left = m.minima.findIndex((p) => p.x < 0);
    expect(m.labels[5 * 20 + 2]).toBe(left);
    expect(m.labels[5 * 20 + 17]).toBe(1 - left);
  });

  it('refuses a formula that does not parse', () => {
    expect(() => basinMap({ formula: 'x +', window: { x: [-1, 1], y: [-1, 1] }, run, n: 4 })).toThrow(
      /expected a value/,
    );
  });
});
