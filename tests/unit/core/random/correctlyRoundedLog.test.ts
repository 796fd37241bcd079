import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { correctlyRoundedLog } from '../../../../src/core/random/correctlyRoundedLog';

// [x, log(x) correctly rounded] from Python's decimal module at 60 digits.
const REFERENCE: readonly (readonly [number, number])[] = [
  [0.1, -2.3025850929940455],
  [3.0, 1.0986122886681098],
  [10.0, 2.302585092994046],
  [1e-310, -713.8013788281542], // subnormal
  [5e-324, -744.4400719213812], // smallest subnormal
  [1.7976931348623157e308, 709.782712893384],
  [0.9999999999999999, -1.1102230246251565e-16],
  [1.0000000000000002, 2.2204460492503128e-16],
  [0.7071067811865476, -0.3465735902799726],
  [1.4142135623730951, 0.3465735902799727],
  // Arguments where V8's Math.log is one ulp off (the reason this file exists).
  [0.6015336732769029, -0.5082727629616072],
  [0.6556328262489183, -0.4221543628215356],
  [0.5676215120155078, -0.5663004344575852],
  [0.16775410068765031, -1.7852560581972312],
  [0.39455592317580856, -0.9299943916431549],
  [0.6846738754975156, -0.3788126482529334],
];

describe('correctlyRoundedLog', () => {
  it.each(REFERENCE)('log(%s) = %s exactly', (x, expected) => {
    expect(Object.is(correctlyRoundedLog(x), expected)).toBe(true);
  });

  it('is exact where the answer is known exactly', () => {
    expect(correctlyRoundedLog(1)).toBe(0);
    expect(correctlyRoundedLog(2)).toBe(Math.LN2);
    expect(correctlyRoundedLog(0.5)).toBe(-Math.LN2);
    expect(correctlyRoundedLog(Math.E)).toBe(1);
  });

  it('keeps the special values of log', () => {
    expect(correctlyRoundedLog(0)).toBe(-Infinity);
    expect(correctlyRoundedLog(-0)).toBe(-Infinity);
    expect(correctlyRoundedLog(Infinity)).toBe(Infinity);
    expect(correctlyRoundedLog(-1)).toBeNaN();
    expect(correctlyRoundedLog(NaN)).toBeNaN();
  });

  it('never strays more than one ulp from Math.log (which is within one ulp)', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), (x) => {
        const ours = correctlyRoundedLog(x);
        const theirs = Math.log(x);
        const ulp = Math.max(Math.abs(theirs) * Number.EPSILON, Number.MIN_VALUE);
        return Math.abs(ours - theirs) <= ulp;
      }),
      { numRuns: 2000 },
    );
  });
});
