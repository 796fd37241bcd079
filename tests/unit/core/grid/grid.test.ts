import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { crossSection } from '~/core/grid/cross-section';
import { evaluateGrid, evaluateGridInSteps } from '~/core/grid/evaluate-grid';
import { gridFromValues, gridX, gridY, linspace } from '~/core/grid/grid';
import { roundBowl } from '~/core/surfaces';
import { hasNumpy, runNumpy } from './numpy';

describe('linspace', () => {
  it('includes both ends and is evenly spaced', () => {
    expect(Array.from(linspace(0, 1, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(linspace(-2, 4, 101)).at(-1)).toBe(4);
    expect(() => linspace(0, 1, 1)).toThrow(CoreError);
    expect(() => linspace(0, NaN, 3)).toThrow(CoreError);
  });

  it.skipIf(!hasNumpy())('is bit-identical to numpy.linspace', () => {
    const cases: [number, number, number][] = [
      [-2, 4, 101],
      [-1, 5, 101],
      [-6, 6, 100],
      [-1, 0.5, 50],
      [0.1, 0.7, 7],
    ];
    const np = runNumpy<number[][]>(
      'import sys, json, numpy as np\nprint(json.dumps([np.linspace(a, b, n).tolist() for a, b, n in json.load(sys.stdin)]))',
      cases,
    );
    cases.forEach(([a, b, n], k) => expect(Array.from(linspace(a, b, n))).toEqual(np[k]));
  });
});

describe('evaluateGrid', () => {
  const spec = { x: [-6, 6], y: [-8, 8], nx: 13, ny: 17 } as const;
  const grid = evaluateGrid(roundBowl.f, spec);

  it('is row-major with values[j * nx + i] = f(x_i, y_j)', () => {
    expect(grid.values).toHaveLength(13 * 17);
    for (let j = 0; j < 17; j++) {
      for (let i = 0; i < 13; i++) {
        expect(gridX(grid, i)).toBe(-6 + i);
        expect(gridY(grid, j)).toBe(-8 + j);
        expect(grid.values[j * 13 + i]).toBe(roundBowl.f(-6 + i, -8 + j));
      }
    }
  });

  it('finds min, max and argmin: the round bowl’s minimum (2, −3) is a node', () => {
    expect(grid.min).toBe(0);
    expect(grid.argmin).toEqual({ i: 8, j: 5, x: 2, y: -3, value: 0 });
    expect(grid.max).toBe(roundBowl.f(-6, 8));
    expect(grid.nonFinite).toBe(0);
  });

  it('keeps non-finite values but leaves them out of min, max and argmin', () => {
    const g = evaluateGrid((x, y) => (x === 0 ? NaN : y === 1 ? Infinity : x * x + y), {
      x: [-2, 2],
      y: [-1, 1],
      nx: 5,
      ny: 3,
    });
    expect(g.nonFinite).toBe(3 + 4);
    expect(Number.isNaN(g.values[2])).toBe(true);
    expect(g.values[2 * 5]).toBe(Infinity);
    expect(g.min).toBe(-1 + 1); // x = ±1, y = −1
    expect(g.argmin).toMatchObject({ i: 1, j: 0, x: -1, y: -1 });
    expect(g.max).toBe(4 + 0);
    const none = evaluateGrid(() => NaN, { x: [0, 1], y: [0, 1], nx: 2, ny: 2 });
    expect(none.argmin).toBeNull();
    expect(none.min).toBeNaN();
  });

  it('matches evaluation at random nodes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }), fc.integer({ min: 2, max: 40 }), (nx, ny) => {
        const g = evaluateGrid((x, y) => 3 * x - y * y, { x: [-1, 2], y: [0.5, 3], nx, ny });
        const i = (nx * 7) % nx;
        const j = ny - 1;
        expect(g.values[j * nx + i]).toBe(3 * gridX(g, i) - gridY(g, j) ** 2);
      }),
      { numRuns: 30 },
    );
  });

  it('throws for an empty, reversed or non-finite domain and for bad sizes', () => {
    const f = (x: number, y: number): number => x + y;
    expect(() => evaluateGrid(f, { x: [1, 1], y: [0, 1], nx: 3, ny: 3 })).toThrow(CoreError);
    expect(() => evaluateGrid(f, { x: [2, 1], y: [0, 1], nx: 3, ny: 3 })).toThrow(CoreError);
    expect(() => evaluateGrid(f, { x: [0, Infinity], y: [0, 1], nx: 3, ny: 3 })).toThrow(CoreError);
    expect(() => evaluateGrid(f, { x: [0, 1], y: [NaN, 1], nx: 3, ny: 3 })).toThrow(CoreError);
    expect(() => evaluateGrid(f, { x: [0, 1], y: [0, 1], nx: 1, ny: 3 })).toThrow(CoreError);
    expect(() => evaluateGrid(f, { x: [0, 1], y: [0, 1], nx: 2.5, ny: 3 })).toThrow(CoreError);
    expect(() => evaluateGrid(f, { x: [0, 1], y: [0, 1], nx: 4096, ny: 4096 + 1 })).toThrow(CoreError);
    expect(() => gridFromValues({ x: [0, 1], y: [0, 1], nx: 2, ny: 2 }, new Float64Array(3))).toThrow(CoreError);
  });

  it('in steps: yields after every rowsPerPiece rows and returns the same grid', () => {
    const f = (x: number, y: number): number => Math.sin(3 * x) * y + x * x;
    const spec = { x: [-2, 3] as const, y: [-1, 4] as const, nx: 17, ny: 23 };
    for (const rows of [1, 5, 23, 40, Infinity]) {
      const steps = evaluateGridInSteps(f, spec, rows);
      let pieces = 0;
      let piece = steps.next();
      while (piece.done !== true) {
        pieces++;
        piece = steps.next();
      }
      expect(pieces, `rows per piece ${rows}`).toBe(Math.ceil(spec.ny / Math.min(rows, spec.ny)) - 1);
      expect(Array.from(piece.value.values)).toEqual(Array.from(evaluateGrid(f, spec).values));
    }
  });

  it('in steps: throws at the first piece for a bad spec or fewer than one row per piece', () => {
    const f = (x: number, y: number): number => x + y;
    const spec = { x: [0, 1] as const, y: [0, 1] as const, nx: 3, ny: 3 };
    for (const rows of [0, 0.5, -1, NaN]) {
      const steps = evaluateGridInSteps(f, spec, rows);
      expect(() => steps.next(), String(rows)).toThrow(CoreError);
    }
    expect(() => evaluateGridInSteps(f, { ...spec, x: [1, 0] }, 4).next()).toThrow(CoreError);
  });

  it.skipIf(!hasNumpy())('equals numpy meshgrid evaluation (Z[j, i]) of the lecture 002 bowl', () => {
    const g = evaluateGrid(roundBowl.f, { x: [-6, 6], y: [-8, 8], nx: 100, ny: 100 });
    const z = runNumpy<number[][]>(
      'import json, numpy as np\nX, Y = np.meshgrid(np.linspace(-6, 6, 100), np.linspace(-8, 8, 100))\nprint(json.dumps(((X - 2)**2 + (Y + 3)**2).tolist()))',
      null,
    );
    expect(Array.from(g.values)).toEqual(z.flat());
  });
});

describe('crossSection', () => {
  it('fixes y and varies x, or fixes x and varies y', () => {
    const cx = crossSection(roundBowl.f, { through: [1, 0], vary: 'x', range: [-6, 6], n: 13 });
    expect(cx.fixed).toBe(0);
    expect(Array.from(cx.values)).toEqual(Array.from(cx.t, (x) => (x - 2) ** 2 + 9));
    const cy = crossSection(roundBowl.f, { through: [1, 0], vary: 'y', range: [-8, 8], n: 17 });
    expect(cy.fixed).toBe(1);
    expect(Array.from(cy.values)).toEqual(Array.from(cy.t, (y) => 1 + (y + 3) ** 2));
  });

  it('throws for bad input', () => {
    const f = roundBowl.f;
    expect(() => crossSection(f, { through: [NaN, 0], vary: 'x', range: [0, 1], n: 5 })).toThrow(CoreError);
    expect(() => crossSection(f, { through: [0, 0], vary: 'z' as 'x', range: [0, 1], n: 5 })).toThrow(CoreError);
    expect(() => crossSection(f, { through: [0, 0], vary: 'x', range: [1, 0], n: 5 })).toThrow(CoreError);
    expect(() => crossSection(f, { through: [0, 0], vary: 'x', range: [0, 1], n: 1 })).toThrow(CoreError);
  });
});
