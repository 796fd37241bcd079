import { describe, expect, it } from 'vitest';
import { noisyLineSplit } from '../../../../src/core/data/noisy-line-split';
import { readFixture, sameDoubles } from '../../../fixtures/numpy/fixtures';

const expected = readFixture('datasets.json').lecture000;

describe('noisyLineSplit (loss-surface lecture)', () => {
  const data = noisyLineSplit();

  it.each(['x', 'y', 'xTrain', 'yTrain', 'xVal', 'yVal', 'trainIdx', 'valIdx'] as const)(
    '%s equals numpy bit for bit',
    (key) => {
      expect(sameDoubles(data[key], expected[key])).toBeNull();
    },
  );

  it('has the documented sizes and types', () => {
    expect(data.x).toHaveLength(100);
    expect(data.trainIdx).toBeInstanceOf(Int32Array);
    expect(data.trainIdx).toHaveLength(80);
    expect(data.valIdx).toHaveLength(20);
    expect(new Set([...data.trainIdx, ...data.valIdx]).size).toBe(100);
  });

  it('starts from b ≈ 0.4967, w ≈ −0.1383, exactly numpy’s values', () => {
    expect(data.trueB).toBe(1);
    expect(data.trueW).toBe(2);
    expect(Object.is(data.initialB, expected.initialB)).toBe(true);
    expect(Object.is(data.initialW, expected.initialW)).toBe(true);
    expect(data.initialB.toFixed(4)).toBe('0.4967');
    expect(data.initialW.toFixed(4)).toBe('-0.1383');
  });

  it('the training MSE at the starting point is 2.742…', () => {
    let sum = 0;
    for (let i = 0; i < data.xTrain.length; i++) {
      const error = data.initialB + data.initialW * data.xTrain[i]! - data.yTrain[i]!;
      sum += error * error;
    }
    const mse = sum / data.xTrain.length;
    expect(mse).toBeCloseTo(expected.initialTrainMse, 12); // numpy sums pairwise, hence not exact
    expect(mse.toFixed(3)).toBe('2.742');
  });

  it('is memoised', () => {
    expect(noisyLineSplit()).toBe(data);
  });
});
