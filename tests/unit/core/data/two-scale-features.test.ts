import { describe, expect, it } from 'vitest';
import { twoScaleFeatures } from '../../../../src/core/data/two-scale-features';
import { readFixture, sameDoubles } from '../../../fixtures/numpy/fixtures';

const expected = readFixture('datasets.json').lecture003;

describe('twoScaleFeatures (feature-scaling lecture)', () => {
  const data = twoScaleFeatures();

  it('X (row-major, column 1 ×100) and y equal numpy bit for bit', () => {
    expect(data.n).toBe(100);
    expect(data.p).toBe(2);
    expect(sameDoubles(data.X, expected.X)).toBeNull();
    expect(sameDoubles(data.y, expected.y)).toBeNull();
  });

  it('keeps the two features on their very different scales', () => {
    for (let i = 0; i < data.n; i++) {
      expect(data.X[i * 2]!).toBeLessThan(1);
      expect(data.X[i * 2 + 1]!).toBeLessThan(100);
    }
    expect(Math.max(...data.X.filter((_, k) => k % 2 === 1))).toBeGreaterThan(90);
  });

  it('is memoised', () => {
    expect(twoScaleFeatures()).toBe(data);
  });
});
