import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  assertSymmetric,
  conditionNumber,
  fromRows,
  matrix,
  symmetricEigen,
  symmetricEigen2,
  symmetricSpectrum,
} from '~/core/linalg';
import fixture from '../../../fixtures/linalg/random-symmetric.json';
import lecture from '../../../fixtures/linalg/lecture004.json';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('symmetricEigen2 (closed form)', () => {
  it('diagonal and hand-computed cases', () => {
    expect(symmetricEigen2(3, 0, 1).values).toEqual([1, 3]);
    const e = symmetricEigen2(2, 1, 2); // eigenvalues 1 and 3, vectors (1,-1)/√2, (1,1)/√2
    expect(e.values[0]).toBeCloseTo(1, 15);
    expect(e.values[1]).toBeCloseTo(3, 15);
    expect(Math.abs(e.vectors[1][0] - Math.SQRT1_2)).toBeLessThan(1e-15);
    expect(Math.abs(e.vectors[1][1] - Math.SQRT1_2)).toBeLessThan(1e-15);
    expect(Math.abs(Math.abs(e.vectors[0][0]) - Math.SQRT1_2)).toBeLessThan(1e-15);
    expect(e.vectors[0][0] * e.vectors[0][1]).toBeLessThan(0);
  });
  it('multiples of the identity get an orthonormal basis', () => {
    const e = symmetricEigen2(4, 0, 4);
    expect(e.values).toEqual([4, 4]);
    expect(e.vectors[0][0] * e.vectors[1][0] + e.vectors[0][1] * e.vectors[1][1]).toBe(0);
  });
  it('keeps the small eigenvalue of a nearly singular matrix (no cancellation)', () => {
    // [[1, 1], [1, 1 + 2⁻⁴⁰]]: det = 2⁻⁴⁰ exactly, λ_min ≈ 2⁻⁴¹
    const e = symmetricEigen2(1, 1, 1 + 2 ** -40);
    const det = 2 ** -40;
    // the textbook m − r would be off by ~1e-4 relative here
    expect(rel(e.values[0] * e.values[1], det)).toBeLessThan(1e-10);
  });
  it('matches numpy on the lecture-004 Gram matrix', () => {
    const [[a, b], [, d]] = lecture.XtX as [[number, number], [number, number]];
    const e = symmetricEigen2(a, b, d);
    expect(rel(e.values[0], lecture.eigenvalues[0]!)).toBeLessThan(1e-13);
    expect(rel(e.values[1], lecture.eigenvalues[1]!)).toBeLessThan(1e-14);
  });
  it('A v = λ v, unit length, orthogonal, ordered (property)', () => {
    const num = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(num, num, num, (a, b, d) => {
        const { values, vectors } = symmetricEigen2(a, b, d);
        const scale = Math.abs(a) + Math.abs(b) + Math.abs(d) + 1e-300;
        expect(values[0]).toBeLessThanOrEqual(values[1]);
        for (let k = 0; k < 2; k++) {
          const [x, y] = vectors[k]!;
          expect(Math.abs(Math.hypot(x, y) - 1)).toBeLessThan(1e-14);
          expect(Math.abs(a * x + b * y - values[k]! * x)).toBeLessThan(1e-13 * scale);
          expect(Math.abs(b * x + d * y - values[k]! * y)).toBeLessThan(1e-13 * scale);
        }
        expect(Math.abs(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1])).toBeLessThan(1e-14);
      }),
      { numRuns: 300 },
    );
  });
  it('rejects non-finite entries', () => {
    expect(() => symmetricEigen2(NaN, 0, 1)).toThrow(CoreError);
  });
});

describe('symmetricEigen (Jacobi)', () => {
  it('matches numpy eigh on random matrices (values, vectors up to sign)', () => {
    for (const c of fixture.cases) {
      for (const [M, expected] of [
        [c.M, c.eigenvalues],
        [c.S, c.eigenvaluesS],
      ] as const) {
        const e = symmetricEigen(fromRows(M));
        const scale = Math.max(...expected.map(Math.abs));
        expected.forEach((v, k) => expect(Math.abs(e.values[k]! - v)).toBeLessThan(1e-13 * scale));
      }
      const e = symmetricEigen(fromRows(c.M));
      const n = c.M.length;
      for (let k = 0; k < n; k++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += e.vectors.data[i * n + k]! * c.eigenvectors[i]![k]!;
        expect(Math.abs(Math.abs(d) - 1)).toBeLessThan(1e-10);
      }
    }
  });
  it('rejects non-square and non-symmetric matrices', () => {
    expect(() => symmetricEigen(fromRows([[1, 2]]))).toThrow(/square/);
    expect(() =>
      symmetricEigen(
        fromRows([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toThrow(/symmetric/);
    expect(() => symmetricEigen(matrix(1, 1, new Float64Array([NaN])))).toThrow(CoreError);
  });
  it('V diag(λ) Vᵀ reconstructs M and V is orthogonal (property, 3×3 and 5×5)', () => {
    const entries = (n: number) =>
      fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: n * n, maxLength: n * n });
    for (const n of [3, 5]) {
      fc.assert(
        fc.property(entries(n), (raw) => {
          const data = new Float64Array(n * n);
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data[i * n + j] = raw[i * n + j]! + raw[j * n + i]!;
          const { values, vectors } = symmetricEigen(matrix(n, n, data));
          const V = vectors.data;
          for (let i = 0; i < n; i++) {
            for (let j = 0; j < n; j++) {
              let m = 0;
              let o = 0;
              for (let k = 0; k < n; k++) {
                m += V[i * n + k]! * values[k]! * V[j * n + k]!;
                o += V[k * n + i]! * V[k * n + j]!;
              }
              expect(Math.abs(m - data[i * n + j]!)).toBeLessThan(1e-12 * 20 * n);
              expect(Math.abs(o - (i === j ? 1 : 0))).toBeLessThan(1e-13);
            }
          }
          for (let k = 1; k < n; k++) expect(values[k - 1]!).toBeLessThanOrEqual(values[k]!);
        }),
        { numRuns: 30 },
      );
    }
  });
});

describe('conditionNumber', () => {
  it('matches numpy cond for symmetric matrices', () => {
    for (const c of fixture.cases) {
      expect(rel(conditionNumber(fromRows(c.M)), c.cond)).toBeLessThan(1e-10);
      expect(rel(conditionNumber(fromRows(c.S)), c.condS)).toBeLessThan(1e-10);
    }
    expect(rel(conditionNumber(fromRows(lecture.XtX)), lecture.conditionNumber)).toBeLessThan(1e-12);
  });
  it('is Infinity for a singular matrix and 1 for the identity', () => {
    expect(
      conditionNumber(
        fromRows([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toBe(Infinity);
    expect(
      conditionNumber(
        fromRows([
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ]),
      ),
    ).toBe(Infinity);
    expect(
      conditionNumber(
        fromRows([
          [2, 0, 0],
          [0, 2, 0],
          [0, 0, 2],
        ]),
      ),
    ).toBe(1);
  });
});

describe('helpers', () => {
  it('assertSymmetric accepts last-bit asymmetry and returns the exact average', () => {
    const m = assertSymmetric(
      fromRows([
        [2, 1 + 2 ** -50],
        [1, 3],
      ]),
    );
    expect(m.data[1]).toBe(m.data[2]);
    expect(() =>
      assertSymmetric(
        fromRows([
          [2, 1.001],
          [1, 3],
        ]),
      ),
    ).toThrow(expect.objectContaining({ code: 'invalid' }));
  });
  it('symmetricSpectrum: closed form for 2×2, Jacobi otherwise, the same numbers', () => {
    const two = symmetricSpectrum(fromRows(lecture.XtX));
    const jacobi = symmetricEigen(fromRows(lecture.XtX)).values;
    expect(rel(two[0]!, jacobi[0]!)).toBeLessThan(1e-12);
    expect(rel(two[1]!, jacobi[1]!)).toBeLessThan(1e-14);
    expect(Array.from(symmetricSpectrum(fromRows([[5]])))).toEqual([5]);
  });
  it('the zero matrix', () => {
    expect(symmetricEigen2(0, 0, 0)).toEqual({
      values: [0, 0],
      vectors: [
        [-1, 0],
        [0, 1],
      ],
    });
  });
});
