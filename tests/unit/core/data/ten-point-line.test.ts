import { describe, expect, it } from 'vitest';
import { tenPointLine } from '../../../../src/core/data/ten-point-line';
import { readFixture, sameDoubles } from '../../../fixtures/numpy/fixtures';

const expected = readFixture('datasets.json').lecture004;

describe('tenPointLine (gradient descent for regression)', () => {
  const data = tenPointLine();

  it('x and y equal numpy bit for bit', () => {
    expect(data.n).toBe(10);
    expect(sameDoubles(data.x, expected.x)).toBeNull();
    expect(sameDoubles(data.y, expected.y)).toBeNull();
    expect(data.trueBeta).toEqual([1, 0.5]);
    expect(expected.trueBeta).toEqual([1, 0.5]);
  });

  it('x lies in [−10, 10)', () => {
    for (const v of data.x) expect(v >= -10 && v < 10).toBe(true);
  });

  it('is memoised', () => {
    expect(tenPointLine()).toBe(data);
  });
});
