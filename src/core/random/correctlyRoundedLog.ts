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

/*
 * The double-double arithmetic below is written out in scalar variables, not as functions on
 * [hi, lo] pairs: widgets draw their data as a page loads, when this code still runs in V8's
 * interpreter, where each pair was an allocation and each helper a call (about 13 µs a log
 * cold, against 1 µs once optimised). Every operation is the textbook one, in the same order:
 *   twoSum(a, b):      s = a + b, bb = s − a, e = (a − (s − bb)) + (b − bb)
 *   quickTwoSum(a, b): s = a + b, e = b − (s − a)
 *   twoProd(a, b):     Dekker's exact product (JS has no fma)
 *   ddAdd, ddMul:      sums and products of double-doubles from those
 */

/** The low part of the exact product a·b (Dekker's twoProd), given p = a·b. */
function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const aHi = t - (t - a);
  const aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b);
  const bLo = b - bHi;
  return aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
}

// The result of the last ddAdd / ddMul / ddDivDouble (module scratch, so that no pair is made).
let rHi = 0;
let rLo = 0;

/** (aHi + aLo) + (bHi + bLo) into rHi + rLo. */
function ddAdd(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const s = aHi + bHi;
  let bb = s - aHi;
  const e = aHi - (s - bb) + (bHi - bb);
  const t = aLo + bLo;
  bb = t - aLo;
  const f = aLo - (t - bb) + (bLo - bb);
  const u = e + t;
  const s2 = s + u;
  const e2 = u - (s2 - s);
  const v = e2 + f;
  rHi = s2 + v;
  rLo = v - (rHi - s2);
}

/** (aHi + aLo) · (bHi + bLo) into rHi + rLo. */
function ddMul(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const p = aHi * bHi;
  const e = productError(aHi, bHi, p);
  const u = e + (aHi * bLo + aLo * bHi);
  rHi = p + u;
  rLo = u - (rHi - p);
}

/** a / (bHi + bLo) for a double a into rHi + rLo. */
function ddDivDouble(a: number, bHi: number, bLo: number): void {
  const q1 = a / bHi;
  // r = a − q1·b, exactly enough for a second quotient digit.
  ddMul(-q1, 0, bHi, bLo);
  ddAdd(a, 0, rHi, rLo);
  const q2 = rHi / bHi;
  const r1Hi = rHi;
  const r1Lo = rLo;
  ddMul(-q2, 0, bHi, bLo);
  ddAdd(r1Hi, r1Lo, rHi, rLo);
  const q3 = rHi / bHi;
  const h = q1 + q2;
  const l = q2 - (h - q1);
  ddAdd(h, l, q3, 0);
}

/** 1/(2j+1) as double-double, j = 0 … SERIES_TERMS − 1: highs and lows. */
const COEFF_HI = new Float64Array(SERIES_TERMS);
const COEFF_LO = new Float64Array(SERIES_TERMS);
for (let j = 0; j < SERIES_TERMS; j++) {
  ddDivDouble(1, 2 * j + 1, 0);
  COEFF_HI[j] = rHi;
  COEFF_LO[j] = rLo;
}

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
  const dHi = m + 1;
  const bb = dHi - m;
  const dLo = m - (dHi - bb) + (1 - bb);
  ddDivDouble(m - 1, dHi, dLo);
  const sHi = rHi;
  const sLo = rLo;
  ddMul(sHi, sLo, sHi, sLo);
  const tHi = rHi;
  const tLo = rLo;
  let seriesHi = COEFF_HI[SERIES_TERMS - 1]!;
  let seriesLo = COEFF_LO[SERIES_TERMS - 1]!;
  for (let j = SERIES_TERMS - 2; j >= 0; j--) {
    ddMul(seriesHi, seriesLo, tHi, tLo);
    ddAdd(rHi, rLo, COEFF_HI[j]!, COEFF_LO[j]!);
    seriesHi = rHi;
    seriesLo = rLo;
  }
  ddMul(2 * sHi, 2 * sLo, seriesHi, seriesLo);
  if (k === 0) return rHi + rLo;
  const logHi = rHi;
  const logLo = rLo;
  // k·ln 2 as double-double: twoProd(k, LN2_HI) + k·LN2_LO.
  const p = k * LN2_HI;
  ddAdd(p, productError(k, LN2_HI, p), k * LN2_LO, 0);
  ddAdd(rHi, rLo, logHi, logLo);
  return rHi + rLo;
}
