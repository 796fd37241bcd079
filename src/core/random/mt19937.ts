import { CoreError } from '../errors';

/** Length of the Mersenne Twister state, in 32-bit words. */
const STATE_LENGTH = 624;
const SHIFT = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The largest seed numpy's legacy `np.random.seed(int)` accepts. */
export const MAX_SEED = 0xffffffff;

/**
 * Throws unless `seed` is one numpy's legacy `np.random.seed(int)` accepts:
 * an integer in [0, 2³² − 1].
 */
export function assertLegacySeed(seed: number): void {
  if (typeof seed !== 'number' || !Number.isInteger(seed)) {
    throw new CoreError('invalid', `the seed must be a whole number from 0 to 4294967295, got ${String(seed)}`);
  }
  if (seed < 0 || seed > MAX_SEED) {
    throw new CoreError('out-of-range', `the seed must be from 0 to 4294967295 (2^32 − 1), got ${seed}`);
  }
}

/**
 * The 32-bit Mersenne Twister as numpy's legacy `RandomState` runs it.
 *
 * Seeding with an integer is Matsumoto and Nishimura's `init_genrand(s)`
 * (checked against `np.random.get_state()` for seeds 0, 1, 42, 12345 and
 * 2³² − 1); the whole state is regenerated every 624 outputs.
 */
export class MT19937 {
  private readonly key = new Uint32Array(STATE_LENGTH);
  private pos = STATE_LENGTH;

  constructor(seed: number) {
    this.seed(seed);
  }

  /** Re-seeds exactly like numpy's `_legacy_seeding(int)`. */
  seed(seed: number): void {
    assertLegacySeed(seed);
    const key = this.key;
    key[0] = seed >>> 0;
    for (let i = 1; i < STATE_LENGTH; i++) {
      const prev = key[i - 1]!;
      // 1812433253 · (prev ⊕ prev≫30) + i, modulo 2³²; Math.imul keeps the low 32 bits exact.
      key[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.pos = STATE_LENGTH;
  }

  /** A copy of the 624-word state and the read position (numpy's `get_state()[1:3]`). */
  state(): { key: Uint32Array; pos: number } {
    return { key: this.key.slice(), pos: this.pos };
  }

  /** Regenerates all 624 words at once, as numpy's `mt19937_gen` does. */
  private twist(): void {
    const key = this.key;
    for (let i = 0; i < STATE_LENGTH; i++) {
      const y = (key[i]! & UPPER_MASK) | (key[(i + 1) % STATE_LENGTH]! & LOWER_MASK);
      key[i] = (key[(i + SHIFT) % STATE_LENGTH]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
    }
    this.pos = 0;
  }

  /** The next tempered 32-bit output, as an unsigned integer. */
  nextUint32(): number {
    if (this.pos === STATE_LENGTH) this.twist();
    let y = this.key[this.pos++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A double in [0, 1) with 53 random bits, from two outputs (numpy's `mt19937_next_double`). */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}
