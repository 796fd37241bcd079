import { CoreError } from '../errors';
import { correctlyRoundedLog } from './correctlyRoundedLog';
import { MT19937 } from './mt19937';
import { randomInterval } from './randomInterval';

/** Sizes above this are refused with a CoreError rather than a late allocation failure. */
export const MAX_SAMPLE_SIZE = 2 ** 27;

/** Anything indexable and writable: plain arrays and typed arrays. */
export interface MutableArrayLike<T> {
  readonly length: number;
  [index: number]: T;
}

type TypedArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray;

function assertSize(n: number, what: string): void {
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw new CoreError('invalid', `${what} must be a whole number, got ${String(n)}`);
  }
  if (n < 0) throw new CoreError('out-of-range', `${what} cannot be negative, got ${n}`);
  if (n > MAX_SAMPLE_SIZE) {
    throw new CoreError('out-of-range', `${what} must be at most ${MAX_SAMPLE_SIZE}, got ${n}`);
  }
}

/**
 * numpy's legacy global generator (`np.random.seed`, `np.random.rand`, …),
 * reproduced bit for bit: the same seed gives the same stream as numpy,
 * including how calls of different kinds interleave.
 *
 * ```ts
 * const rs = new RandomState(42);  // np.random.seed(42)
 * const x = rs.rand(100);          // np.random.rand(100)
 * const e = rs.randn(100);         // np.random.randn(100)
 * ```
 */
export class RandomState {
  private readonly generator: MT19937;
  /** The second value of the last polar Box–Muller pair, waiting to be returned. */
  private cachedGauss: number | null = null;

  constructor(seed: number) {
    this.generator = new MT19937(seed);
  }

  /** `np.random.seed(seed)`: restarts the stream and drops any cached normal value. */
  seed(seed: number): void {
    this.generator.seed(seed);
    this.cachedGauss = null;
  }

  /** One double in [0, 1): `np.random.random()`. */
  random(): number {
    return this.generator.nextDouble();
  }

  /** `n` doubles in [0, 1): `np.random.rand(n)` (also `random(n)`, `random_sample(n)`). */
  rand(n: number): Float64Array {
    assertSize(n, 'the number of samples');
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.generator.nextDouble();
    return out;
  }

  /**
   * One standard normal value: `np.random.standard_normal()`. Legacy polar
   * Box–Muller: each accepted pair yields two values; the second is cached and
   * returned by the next call.
   */
  standardNormal(): number {
    if (this.cachedGauss !== null) {
      const cached = this.cachedGauss;
      this.cachedGauss = null;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2.0 * this.generator.nextDouble() - 1.0;
      x2 = 2.0 * this.generator.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * correctlyRoundedLog(r2)) / r2);
    this.cachedGauss = f * x1;
    return f * x2;
  }

  /** `n` standard normal values: `np.random.randn(n)`. */
  randn(n: number): Float64Array {
    assertSize(n, 'the number of samples');
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.standardNormal();
    return out;
  }

  /** `n` doubles uniform on [low, high): `np.random.uniform(low, high, n)`, i.e. low + (high − low)·u. */
  uniform(low: number, high: number, n: number): Float64Array {
    const range = high - low;
    if (!Number.isFinite(low) || !Number.isFinite(high) || !Number.isFinite(range)) {
      throw new CoreError(
        'non-finite',
        `uniform needs finite bounds with a finite width, got low = ${low}, high = ${high}`,
      );
    }
    assertSize(n, 'the number of samples');
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = low + range * this.generator.nextDouble();
    return out;
  }

  /**
   * Shuffles `x` in place: `np.random.shuffle(x)` for a 1-D array or a list.
   * Fisher–Yates from the end, each swap partner drawn by masked rejection.
   */
  shuffle<T>(x: MutableArrayLike<T>): void {
    if (x === null || typeof x !== 'object' || typeof x.length !== 'number') {
      throw new CoreError('invalid', 'shuffle needs an array or a typed array');
    }
    assertSize(x.length, 'the length of the array to shuffle');
    for (let i = x.length - 1; i > 0; i--) {
      const j = randomInterval(this.generator, i);
      const tmp = x[i] as T;
      x[i] = x[j] as T;
      x[j] = tmp;
    }
  }

  /**
   * `np.random.permutation(n)`: 0, 1, …, n − 1 in random order. With an array,
   * `np.random.permutation(array)`: a shuffled copy (same type), input untouched.
   */
  permutation(n: number): Int32Array;
  permutation<A extends TypedArray>(x: A): A;
  permutation<T>(x: readonly T[]): T[];
  permutation<T>(x: number | TypedArray | readonly T[]): Int32Array | TypedArray | T[] {
    if (typeof x === 'number') {
      assertSize(x, 'the permutation length');
      const out = new Int32Array(x);
      for (let i = 0; i < x; i++) out[i] = i;
      this.shuffle(out);
      return out;
    }
    if (Array.isArray(x)) {
      const copy: T[] = x.slice();
      this.shuffle(copy);
      return copy;
    }
    if (ArrayBuffer.isView(x) && !(x instanceof DataView)) {
      const copy = x.slice();
      this.shuffle(copy);
      return copy;
    }
    throw new CoreError('invalid', `permutation needs a count or an array, got ${String(x)}`);
  }
}
