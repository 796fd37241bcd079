import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import {
  column,
  designMatrix,
  dot,
  entry,
  fromRows,
  gram,
  identity,
  matmul,
  matrix,
  matvec,
  norm,
  subtract,
  toRows,
  transpose,
  transposeTimes,
  zeros,
} from '~/core/linalg';

describe('matrix construction', () => {
  it('builds from rows, row-major', () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(entry(m, 1, 0)).toBe(4);
    expect(Array.from(column(m, 2))).toEqual([3, 6]);
    expect(toRows(m)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });
  it('rejects ragged, empty and non-finite rows', () => {
    expect(() => fromRows([[1, 2], [3]])).toThrow(CoreError);
    expect(() => fromRows([])).toThrow(/at least one row/);
    expect(() => fromRows([[1, NaN]])).toThrow(/finite/);
    expect(() => matrix(2, 2, new Float64Array(3))).toThrow(CoreError);
    expect(() => zeros(0, 2)).toThrow(CoreError);
    expect(() => column(fromRows([[1]]), 1)).toThrow(CoreError);
  });
  it('identity and zeros', () => {
    expect(toRows(identity(3))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ]);
    expect(toRows(zeros(1, 2))).toEqual([[0, 0]]);
  });
  it('designMatrix puts a column of ones before x', () => {
    expect(toRows(designMatrix([2, -3, 0.5]))).toEqual([
      [1, 2],
      [1, -3],
      [1, 0.5],
    ]);
    expect(() => designMatrix([])).toThrow(CoreError);
    expect(() => designMatrix([1, Infinity])).toThrow(CoreError);
  });
});

describe('products', () => {
  const a = fromRows([
    [1, 2],
    [3, 4],
    [5, 6],
  ]);
  it('transpose', () => {
    expect(toRows(transpose(a))).toEqual([
      [1, 3, 5],
      [2, 4, 6],
    ]);
  });
  it('matmul and matvec against hand-computed results', () => {
    expect(toRows(matmul(transpose(a), a))).toEqual([
      [35, 44],
      [44, 56],
    ]);
    expect(Array.from(matvec(a, [1, -1]))).toEqual([-1, -1, -1]);
    expect(() => matmul(a, a)).toThrow(/cannot multiply/);
    expect(() => matvec(a, [1, 2, 3])).toThrow(CoreError);
  });
  it('gram = XᵀX and transposeTimes = Xᵀy', () => {
    expect(toRows(gram(a))).toEqual([
      [35, 44],
      [44, 56],
    ]);
    expect(Array.from(transposeTimes(a, [1, 0, -1]))).toEqual([-4, -4]);
    expect(() => transposeTimes(a, [1, 2])).toThrow(CoreError);
  });
  it('dot, norm, subtract', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(norm([3, 4])).toBe(5);
    expect(norm([])).toBe(0);
    expect(norm([3e200, 4e200])).toBeCloseTo(5e200, -190);
    expect(norm([3e-200, 4e-200]) / 5e-200).toBeCloseTo(1, 14);
    expect(Array.from(subtract([3, 2], [1, 5]))).toEqual([2, -3]);
    expect(() => dot([1], [1, 2])).toThrow(CoreError);
  });
});
