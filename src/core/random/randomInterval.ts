import type { MT19937 } from './mt19937';

/**
 * A uniform integer in [0, max] by masked rejection: draw 32 bits, keep the
 * bits below the smallest all-ones mask ≥ max, retry while the value exceeds
 * max. This is numpy's `random_interval`, which legacy `shuffle` and
 * `permutation` use (checked: `np.random.shuffle(np.arange(100))` under seed 42
 * matches for int64, float64 arrays and plain lists). Only the 32-bit branch is
 * implemented, so max must be below 2³².
 */
export function randomInterval(generator: MT19937, max: number): number {
  if (max === 0) return 0;
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  mask >>>= 0;
  let value: number;
  do {
    value = (generator.nextUint32() & mask) >>> 0;
  } while (value > max);
  return value;
}
