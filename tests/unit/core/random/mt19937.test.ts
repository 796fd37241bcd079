import { describe, expect, it } from 'vitest';
import { CoreError } from '../../../../src/core/errors';
import { MAX_SEED, MT19937, assertLegacySeed } from '../../../../src/core/random/mt19937';
import { readFixture, sameDoubles } from '../../../fixtures/numpy/fixtures';

const seeding = readFixture('seeding.json');

describe('MT19937 seeded like np.random.seed(int)', () => {
  it.each(seeding.seeds.map((s) => [s.seed, s] as const))(
    'seed %i: state and first 700 outputs match numpy',
    (seed, expected) => {
      const mt = new MT19937(seed);
      const { key, pos } = mt.state();
      expect(pos).toBe(expected.pos);
      expect(Array.from(key.subarray(0, 8))).toEqual(expected.keyHead);
      expect(Array.from(key.subarray(-4))).toEqual(expected.keyTail);
      // 700 > 624 outputs: crosses one regeneration of the state.
      const outputs = Array.from({ length: expected.uint32.length }, () => mt.nextUint32());
      expect(sameDoubles(outputs, expected.uint32)).toBeNull();
    },
  );

  it('reproduces the reference init_genrand(5489) stream', () => {
    const mt = new MT19937(5489);
    expect([mt.nextUint32(), mt.nextUint32(), mt.nextUint32()]).toEqual([3499211612, 581869302, 3890346734]);
  });

  it('re-seeding restarts the stream', () => {
    const mt = new MT19937(3);
    const first = [mt.nextUint32(), mt.nextDouble()];
    mt.seed(3);
    expect([mt.nextUint32(), mt.nextDouble()]).toEqual(first);
  });

  it('nextDouble is in [0, 1) and uses 53 bits', () => {
    const mt = new MT19937(0);
    for (let i = 0; i < 1000; i++) {
      const u = mt.nextDouble();
      expect(u >= 0 && u < 1).toBe(true);
      expect(Number.isInteger(u * 2 ** 53)).toBe(true);
    }
  });

  it('accepts the extreme seeds 0 and 2^32 − 1', () => {
    expect(() => new MT19937(0)).not.toThrow();
    expect(() => new MT19937(MAX_SEED)).not.toThrow();
    expect(MAX_SEED).toBe(2 ** 32 - 1);
  });

  it.each([
    [-1, 'out-of-range', /0 to 4294967295/],
    [2 ** 32, 'out-of-range', /2\^32 − 1/],
    [1.5, 'invalid', /whole number/],
    [NaN, 'invalid', /whole number/],
    [Infinity, 'invalid', /whole number/],
  ] as const)('rejects the seed %s with CoreError %s', (seed, code, message) => {
    const call = () => assertLegacySeed(seed);
    expect(call).toThrow(CoreError);
    expect(call).toThrow(message);
    try {
      new MT19937(seed);
    } catch (e) {
      expect((e as CoreError).code).toBe(code);
    }
    expect.assertions(3);
  });

  it('rejects a seed that is not a number', () => {
    expect(() => new MT19937('42' as unknown as number)).toThrow(CoreError);
  });
});
