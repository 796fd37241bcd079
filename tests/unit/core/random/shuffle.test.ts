import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../../src/core/errors';
import { MT19937 } from '../../../../src/core/random/mt19937';
import { randomInterval } from '../../../../src/core/random/randomInterval';
import { RandomState } from '../../../../src/core/random/randomState';
import { readFixture, sameDoubles } from '../../../fixtures/numpy/fixtures';

const fixture = readFixture('shuffle.json');

describe('shuffle and permutation match numpy', () => {
  it.each(fixture.cases.map((c) => [c.seed, c.n, c] as const))('seed %i, n = %i', (seed, n, c) => {
    const typed = Int32Array.from({ length: n }, (_, i) => i);
    new RandomState(seed).shuffle(typed);
    expect(sameDoubles(typed, c.shuffle)).toBeNull();

    const plain = Array.from({ length: n }, (_, i) => i);
    new RandomState(seed).shuffle(plain);
    expect(plain).toEqual(c.shuffle);

    expect(sameDoubles(new RandomState(seed).permutation(n), c.permutation)).toBeNull();
  });

  it('shuffles a plain list of any values with the same draws', () => {
    const letters = Array.from({ length: 50 }, (_, i) => `item${i}`);
    new RandomState(3).shuffle(letters);
    expect(letters).toEqual(fixture.list50seed3.map((i) => `item${i}`));
  });

  it('permutation(array) returns a shuffled copy of the same type and leaves the input alone', () => {
    const input = Float64Array.from(fixture.linspace50seed3);
    const out = new RandomState(3).permutation(input);
    expect(out).toBeInstanceOf(Float64Array);
    expect(out).not.toBe(input);
    expect(sameDoubles(out, fixture.permutationLinspace50seed3)).toBeNull();
    expect(sameDoubles(input, fixture.linspace50seed3)).toBeNull();

    const list = fixture.linspace50seed3.slice();
    const outList = new RandomState(3).permutation(list);
    expect(Array.isArray(outList)).toBe(true);
    expect(sameDoubles(outList, fixture.permutationLinspace50seed3)).toBeNull();
    expect(list).toEqual(fixture.linspace50seed3);
  });

  it('permutation(n) is an Int32Array holding each of 0 … n − 1 once', () => {
    const p = new RandomState(9).permutation(1000);
    expect(p).toBeInstanceOf(Int32Array);
    expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });

  it('rejects things that are not arrays', () => {
    const rs = new RandomState(0);
    expect(() => rs.shuffle(null as unknown as number[])).toThrow(CoreError);
    expect(() => rs.permutation({} as unknown as number[])).toThrow(/count or an array/);
  });
});

describe('randomInterval', () => {
  it('stays within [0, max] and reaches both ends', () => {
    const mt = new MT19937(1);
    for (const max of [1, 2, 3, 5, 8, 100]) {
      const seen = new Set<number>();
      for (let i = 0; i < 40 * (max + 1); i++) {
        const v = randomInterval(mt, max);
        expect(v >= 0 && v <= max && Number.isInteger(v)).toBe(true);
        seen.add(v);
      }
      expect(seen.size).toBe(max + 1);
    }
  });

  it('returns 0 for max = 0 without drawing', () => {
    const a = new MT19937(5);
    const b = new MT19937(5);
    expect(randomInterval(a, 0)).toBe(0);
    expect(a.nextUint32()).toBe(b.nextUint32());
  });
});
