import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  NotPositiveDefinite,
  cholesky,
  choleskySolve,
  designMatrix,
  fromRows,
  matmul,
  normalEquations,
  solve,
  toRows,
  transpose,
} from '~/core/linalg';
import fixture from '../../../fixtures/linalg/random-symmetric.json';
import lecture from '../../../fixtures/linalg/lecture004.json';

const maxRel = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < b.length; i++) {
    scale = Math.max(scale, Math.abs(b[i]!));
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
  }
  return diff / scale;
};

describe('solve (Gaussian elimination, partial pivoting)', () => {
  it('matches numpy.linalg.solve', () => {
    for (const c of fixture.cases) expect(maxRel(solve(fromRows(c.M), c.b), c.solution)).toBeLessThan(1e-11);
  });
  it('needs pivoting for a zero leading entry', () => {
    expect(
      Array.from(
        solve(
          fromRows([
            [0, 1],
            [1, 0],
          ]),
          [2, 3],
        ),
      ),
    ).toEqual([3, 2]);
  });
  it('throws singular for dependent rows', () => {
    expect(() =>
      solve(
        fromRows([
          [1, 2],
          [2, 4],
        ]),
        [1, 2],
      ),
    ).toThrow(expect.objectContaining({ code: 'singular' }));
    expect(() => solve(fromRows([[1, 2]]), [1])).toThrow(CoreError);
  });
});

describe('cholesky', () => {
  it('LLᵀ = A', () => {
    for (const c of fixture.cases) {
      const L = cholesky(fromRows(c.M));
      const back = toRows(matmul(L, transpose(L)));
      expect(maxRel(back.flat(), c.M.flat())).toBeLessThan(1e-14);
      expect(maxRel(choleskySolve(L, c.b), c.solution)).toBeLessThan(1e-11);
    }
  });
  it('rejects indefinite matrices, naming the dependent column', () => {
    expect(() =>
      cholesky(
        fromRows([
          [1, 2],
          [2, 1],
        ]),
      ),
    ).toThrow(expect.objectContaining({ code: 'singular' }));
    try {
      cholesky(
        fromRows([
          [1, 0, 1],
          [0, 1, 1],
          [1, 1, 2],
        ]),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotPositiveDefinite);
      expect((e as NotPositiveDefinite).column).toBe(2);
    }
  });
});

describe('normalEquations', () => {
  it('matches numpy on lecture 004 (β̂ of y = 1 + 0.5x + noise)', () => {
    const beta = normalEquations(designMatrix(lecture.x), lecture.y);
    expect(maxRel(beta, lecture.normalEquations)).toBeLessThan(1e-13);
  });
  it('matches numpy lstsq on random full-rank X (exact fit of y = Xb)', () => {
    for (const c of fixture.cases) {
      const X = fromRows(c.A);
      const y = c.A.map((row) => row.reduce((s, v, j) => s + v * c.b[j]!, 0));
      expect(maxRel(normalEquations(X, y), c.normalEquations)).toBeLessThan(1e-10);
    }
  });
  it('throws singular with a duplicated column', () => {
    const X = fromRows([
      [1, 2, 2],
      [1, 3, 3],
      [1, 5, 5],
      [1, 7, 7],
    ]);
    expect(() => normalEquations(X, [1, 2, 3, 4])).toThrow(
      /^XᵀX is singular: the columns of X are linearly dependent \(column 3 of X is a combination/,
    );
  });
  it('throws singular, explaining why, when every x is the same', () => {
    for (const c of [3, 0.1, -7.3]) {
      try {
        normalEquations(designMatrix(Array(10).fill(c)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(CoreError);
        expect((e as CoreError).code).toBe('singular');
        expect((e as CoreError).message).toMatch(/every x value is the same/);
      }
    }
  });
  it('throws singular for a numerically dependent column and with fewer rows than columns', () => {
    const X = fromRows([
      [1, 1, 2],
      [1, 2, 4 + 1e-13],
      [1, 3, 6],
      [1, 4, 8],
    ]);
    expect(() => normalEquations(X, [1, 2, 3, 4])).toThrow(expect.objectContaining({ code: 'singular' }));
    expect(() => normalEquations(fromRows([[1, 2]]), [1])).toThrow(expect.objectContaining({ code: 'singular' }));
  });
  it('rejects mismatched sizes', () => {
    expect(() => normalEquations(designMatrix([1, 2, 3]), [1, 2])).toThrow(
      expect.objectContaining({ code: 'mismatch' }),
    );
  });
});
