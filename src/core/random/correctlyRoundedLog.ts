/**
 * Natural logarithm rounded correctly to the nearest double.
 *
 * Why not Math.log: numpy's legacy normal generator calls the C library's
 * `log`, and V8's Math.log (an fdlibm port, error < 1 ulp) differs from glibc's
 * in the last bit for about 3 % of the arguments Box–Muller feeds it (measured
 * on 10⁶ samples). glibc's `log` is, in practice, correctly rounded, so
 * computing log to ~100 bits and rounding once reproduces it.
 *
 * Method: x = 2ᵏ·m with m in [1/√2, √2); log m = 2·atanh(s), s = (m − 1)/(m + 1),
 * summed as a series in double-double arithmetic (a value is hi + lo, two
 * non-overlapping doubles, ~106 bits).
 */

// ln 2 as double-double.
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const SQRT2 = Math.SQRT2;
const TWO_POW_54 = 18014398509481984;
/** 2²⁷ + 1: Dekker's constant for splitting a double into two 26-bit halves. */
const SPLITTER = 134217729;
/** Terms of Σ tʲ/(2j+1); with t ≤ 0.0295 the 23rd is below 2⁻¹¹⁰. */
const SERIES_TERMS = 23;

// Scratch space for reading a double's exponent bits.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Index of the high 32-bit word (sign, exponent) in the host's byte order.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** A double-double number hi + lo with |lo| ≤ ulp(hi)/2. */
type DD = readonly [hi: number, lo: number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

/** The exact product a·b as double-double (Dekker; JS has no fma). */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return [p, aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

/** a / b for a double a and a double-double b. */
function ddDivDouble(a: number, b: DD): DD {
  const q1 = a / b[0];
  // r = a − q1·b, exactly enough for a second quotient digit.
  const r = ddAdd([a, 0], ddMul([-q1, 0], b));
  const q2 = r[0] / b[0];
  const r2 = ddAdd(r, ddMul([-q2, 0], b));
  const q3 = r2[0] / b[0];
  const [h, l] = quickTwoSum(q1, q2);
  return ddAdd([h, l], [q3, 0]);
}

/** 1/(2j+1) as double-double, j = 0 … SERIES_TERMS − 1. */
const SERIES_COEFFS: readonly DD[] = Array.from({ length: SERIES_TERMS }, (_, j) => ddDivDouble(1, [2 * j + 1, 0]));

/** log(x) correctly rounded (to nearest), for every double x. */
export function correctlyRoundedLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x); // NaN, ±0, negatives, +∞: exact special values
  if (x === 1) return 0;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO_POW_54; // subnormal: bring into the normal range first (exact)
    k = -54;
  }
  f64[0] = x;
  const high = u32[HIGH]!;
  k += ((high >>> 20) & 0x7ff) - 1023;
  u32[HIGH] = (high & 0x800fffff) | 0x3ff00000; // same mantissa, exponent 0: m in [1, 2)
  let m = f64[0]!;
  if (m > SQRT2) {
    m /= 2; // exact
    k += 1;
  }
  // s = (m − 1)/(m + 1); m − 1 is exact (Sterbenz), m + 1 is carried as double-double.
  const s = ddDivDouble(m - 1, twoSum(m, 1));
  const t = ddMul(s, s);
  let series: DD = SERIES_COEFFS[SERIES_TERMS - 1]!;
  for (let j = SERIES_TERMS - 2; j >= 0; j--) series = ddAdd(ddMul(series, t), SERIES_COEFFS[j]!);
  const logM = ddMul([2 * s[0], 2 * s[1]], series);
  if (k === 0) return logM[0] + logM[1];
  const kLn2 = ddAdd(twoProd(k, LN2_HI), [k * LN2_LO, 0]);
  const sum = ddAdd(kLn2, logM);
  return sum[0] + sum[1];
}
