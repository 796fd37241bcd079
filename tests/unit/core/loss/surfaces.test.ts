import { describe, expect, it } from 'vitest';
import {
  elongatedBowl,
  himmelblau,
  multiWell,
  quadraticBowl,
  rosenbrock,
  rotatedBowl,
  roundBowl,
  sixHumpCamel,
} from '~/core/surfaces';
import { CoreError } from '~/core/errors';
import { makeSurface2D } from '~/core/loss/surface-2d';

// Every catalogue surface's derivatives, critical points and window: tests/unit/core/surfaces/.

describe('named surfaces', () => {
  it('round bowl: lecture 002 formula, minimum (2, −3), domain holds the start (−5, 5)', () => {
    expect(roundBowl.f(-5, 5)).toBe(49 + 64);
    expect(Array.from(roundBowl.gradient([-5, 5]))).toEqual([-14, 16]);
    expect(roundBowl.minima).toEqual([[2, -3]]);
    expect(roundBowl.domain).toEqual({ x: [-6, 6], y: [-8, 8] });
  });

  it('lecture 002: 15 steps of η = 0.2 from (−5, 5) contract by 0.6 per step towards (2, −3)', () => {
    let p = [-5, 5];
    for (let k = 0; k < 15; k++) {
      const g = roundBowl.gradient(p);
      p = [p[0]! - 0.2 * g[0]!, p[1]! - 0.2 * g[1]!];
    }
    expect(p[0]).toBeCloseTo(2 - 7 * 0.6 ** 15, 12);
    expect(p[1]).toBeCloseTo(-3 + 8 * 0.6 ** 15, 12);
  });

  it('rotated bowl: Hessian eigenvalues 4 and 20 along the diagonals', () => {
    const H = rotatedBowl.hessian!(0.3, -0.7);
    // H (1, 1) = 4 (1, 1), H (1, −1) = 20 (1, −1)
    expect(H[0][0] + H[0][1]).toBe(4);
    expect(H[0][0] - H[0][1]).toBe(20);
    expect(rotatedBowl.f(1, 1)).toBe(4);
  });

  it('elongated bowl is x² + 10y²', () => {
    expect(elongatedBowl.f(2, 1)).toBe(14);
  });

  it('six-hump camel: two global minima at −1.0316, then −0.2155 and 2.1043 pairs', () => {
    const vals = sixHumpCamel.minima.map(([x, y]) => sixHumpCamel.f(x, y));
    expect(vals[0]).toBeCloseTo(-1.0316284535, 9);
    expect(vals[1]).toBeCloseTo(-1.0316284535, 9);
    expect(vals[2]).toBeCloseTo(-0.2154638244, 9);
    expect(vals[4]).toBeCloseTo(2.1042503103, 9);
  });

  it('Himmelblau minima have value 0; Rosenbrock minimum (1, 1) has value 0', () => {
    for (const [x, y] of himmelblau.minima) expect(himmelblau.f(x, y)).toBeLessThan(1e-24);
    expect(rosenbrock.f(1, 1)).toBe(0);
  });

  it('multi-well: four distinct local minima, the deepest listed first', () => {
    const vals = multiWell.minima.map(([x, y]) => multiWell.f(x, y));
    expect(vals).toHaveLength(4);
    for (let k = 1; k < vals.length; k++) expect(vals[k]!).toBeGreaterThan(vals[k - 1]!);
    // Gradient descent from each well centre lands on the listed minimum near it.
    for (const [cx, cy] of [
      [-2, -1.5],
      [2, 1.5],
      [2, -2],
      [-1.5, 2],
    ] as const) {
      let p: number[] = [cx, cy];
      for (let k = 0; k < 5000; k++) {
        const g = multiWell.gradient(p);
        p = [p[0]! - 0.05 * g[0]!, p[1]! - 0.05 * g[1]!];
      }
      const d = Math.min(...multiWell.minima.map(([x, y]) => Math.hypot(x - p[0]!, y - p[1]!)));
      expect(d).toBeLessThan(1e-6);
    }
  });

  it('quadraticBowl rejects a matrix that is not symmetric positive definite, and a centre that is not one finite point', () => {
    const meta = {
      id: 'b',
      name: 'b',
      formula: 'x^2 + y^2',
      tex: '',
      window: { x: [-1, 1], y: [-1, 1] },
      minima: [[0, 0]],
    } as const;
    expect(() =>
      quadraticBowl(meta, [
        [1, 2],
        [2, 1],
      ]),
    ).toThrow(CoreError);
    expect(() =>
      quadraticBowl(meta, [
        [1, 0],
        [0.5, 1],
      ]),
    ).toThrow(CoreError);
    expect(() =>
      quadraticBowl({ ...meta, minima: [[NaN, 0]] }, [
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(CoreError);
    expect(() =>
      quadraticBowl({ ...meta, window: { x: [1, 1], y: [-1, 1] } }, [
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(CoreError);
    const I = [
      [1, 0],
      [0, 1],
    ] as const;
    expect(() => quadraticBowl({ ...meta, minima: [] }, I)).toThrow(CoreError);
    expect(() =>
      quadraticBowl(
        {
          ...meta,
          minima: [
            [0, 0],
            [1, 1],
          ],
        },
        I,
      ),
    ).toThrow(CoreError);
    expect(() => quadraticBowl({ ...meta, saddles: [[0.5, 0]] }, I)).toThrow(CoreError);
  });
});

describe('makeSurface2D', () => {
  const formula = { f: (x: number, y: number) => x * y, grad: (x: number, y: number): [number, number] => [y, x] };
  const meta = { id: 'saddle', name: 'Saddle', tex: 'xy', domain: { x: [-1, 1], y: [-1, 1] }, minima: [] } as const;

  it('wraps a formula: value and gradient take a point, f takes two numbers; no Hessian unless given', () => {
    const s = makeSurface2D(meta, formula);
    expect(s.value([2, 3])).toBe(6);
    expect(Array.from(s.gradient([2, 3]))).toEqual([3, 2]);
    expect(s.hessian).toBeUndefined();
    expect(s.dim).toBe(2);
  });

  it('rejects an empty id and an empty or non-finite domain', () => {
    expect(() => makeSurface2D({ ...meta, id: '' }, formula)).toThrow(CoreError);
    expect(() => makeSurface2D({ ...meta, domain: { x: [1, -1], y: [-1, 1] } }, formula)).toThrow(CoreError);
    expect(() => makeSurface2D({ ...meta, domain: { x: [-1, 1], y: [-1, Infinity] } }, formula)).toThrow(CoreError);
  });
});
