/**
 * Number formatting for anything a student reads: summaries, tables, value
 * texts, axis annotations. Never prints "NaN" or "Infinity".
 */

const MINUS = '\u2212';

/**
 * `x` with `digits` decimals and a Unicode minus; `−0.00` becomes `0.00`.
 * Magnitudes ≥ 1e6 use exponent form (`1.20e12`); NaN is "—", ±Infinity "∞"/"−∞".
 */
export function fmt(x: number, digits = 2): string {
  if (typeof x !== 'number' || Number.isNaN(x)) return '—';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return `${MINUS}∞`;
  const d = Math.max(0, Math.min(12, Math.floor(digits)));
  let s: string;
  if (Math.abs(x) >= 1e6) {
    s = x.toExponential(d).replace('e+', 'e');
  } else {
    s = x.toFixed(d);
    if (/^-0(\.0*)?$/.test(s)) s = s.slice(1);
  }
  return s.replace('-', MINUS).replace('e-', `e${MINUS}`);
}

/** Like {@link fmt} but with an explicit sign on positive values ("+1.20"). */
export function fmtSigned(x: number, digits = 2): string {
  const s = fmt(x, digits);
  return x > 0 && !/^0(\.0*)?$/.test(s) ? `+${s}` : s;
}

/** `x` when finite, otherwise `fallback`. */
export function finiteOr(x: number, fallback: number): number {
  return Number.isFinite(x) ? x : fallback;
}

/** `x` clamped into [lo, hi]; NaN gives `lo`, ±Infinity the matching bound. */
export function clampFinite(x: number, lo: number, hi: number): number {
  if (Number.isNaN(x)) return lo;
  return x < lo ? lo : x > hi ? hi : x;
}

/** Parses text a student typed as a number (accepts "−", a decimal comma, exponents). */
export function parseLooseNumber(text: string): number {
  const t = text.trim().replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, '');
  const normal = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(normal)) return Number.NaN;
  return Number(normal);
}
