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

/** `x` to `digits` significant digits; magnitudes ≥ 1e6 or < 1e−4 in exponent form ("1.23e−5"). */
export function sig(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return fmt(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return exponent(x, digits - 1);
  return fmt(x, Math.max(0, Math.min(8, digits - 1 - Math.floor(Math.log10(a)))));
}

/** A parameter as a person would type it: up to 4 significant digits, no trailing zeros ("0.0055"). */
export function plain(x: number): string {
  if (!Number.isFinite(x)) return fmt(x);
  const rounded = Number(x.toPrecision(4));
  // Rounding the largest doubles to 4 digits overflows; they keep their exponent form.
  const text = Number.isFinite(rounded) ? String(rounded) : x.toExponential(3);
  return text.replace('e+', 'e').replace(/-/g, MINUS);
}

/** The decimal digits of a whole number ≥ 0 as `toLocaleString` writes them: its shortest digits, padded with zeros. */
function wholeDigits(a: number): string {
  const s = String(a);
  const e = /^(\d)(?:\.(\d+))?e\+(\d+)$/.exec(s);
  return e ? `${e[1]}${e[2] ?? ''}`.padEnd(Number(e[3]) + 1, '0') : s;
}

/**
 * A count with thousands separators ("90,566"), rounded half away from zero to a whole number,
 * as `toLocaleString('en', { maximumFractionDigits: 0 })` writes it; a Unicode minus. Written
 * out rather than with `Intl.NumberFormat`: a page's first one costs Chromium 35–55 ms of main
 * thread, in whichever task first formats a count.
 */
export function grouped(n: number): string {
  if (!Number.isFinite(n)) return fmt(n);
  const negative = n < 0 || Object.is(n, -0);
  return `${negative ? MINUS : ''}${wholeDigits(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ',')}`;
}

/** A point "(x, y)" with `digits` decimals. */
export function pt(x: number, y: number, digits = 2): string {
  return `(${fmt(x, digits)}, ${fmt(y, digits)})`;
}

/**
 * Small or large quantities such as errors: fixed decimals for 0.01 ≤ |x| < 10⁴
 * (`digits`, or `digits` + 2 below 1), otherwise exponent form ("3.00e−6").
 */
export function sci(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return fmt(x, digits);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 0.01 && a < 1e4) return fmt(x, a >= 1 ? digits : digits + 2);
  return exponent(x, digits);
}

/**
 * A read-out value: 4 decimals below 100, 2 from 100, exponent form below
 * 10⁻³ ("2.5e−5") and fixed 3 decimals in exponent form from 10⁶.
 */
export function readout(x: number): string {
  const a = Math.abs(x);
  if (a !== 0 && a < 1e-3) return exponent(x, 1);
  return a >= 1e6 ? fmt(x, 3) : fmt(x, a >= 100 ? 2 : 4);
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A power of ten as "10⁻³" (1 as "1"); any other value as {@link sci}. */
export function powerOfTen(x: number): string {
  const k = Math.log10(x);
  if (Number.isFinite(k) && Math.abs(k - Math.round(k)) < 1e-9) {
    const e = Math.round(k);
    return e === 0 ? '1' : `10${String(e).replace(/./g, (c) => SUPERSCRIPT[c] ?? c)}`;
  }
  return sci(x, 2);
}

const FORMULA_TOKEN = /\s+|\d+(?:\.\d+)?(?:e[+-]?\d+)?|[a-z]+|[^\s\da-z]/gy;

/**
 * A catalogue formula (plain text in the playground grammar, e.g. "(1 - x)^2 + 100*(y - x^2)^2")
 * as a student reads it, with the coordinates renamed: "(1 − w₁)² + 100(w₂ − w₁²)²" for names
 * ['w₁', 'w₂']. Whole-number powers become superscripts; a product of a number, a variable, π or
 * a bracket with a variable, π or a bracket is written by juxtaposition, any other product with
 * "·"; minus signs become "−" and pi "π". Widgets name a parameter plane's coordinates w₁, w₂
 * (the course's notation); the catalogue keeps the x, y a student types in the playground.
 */
export function formulaText(formula: string, names: readonly [string, string] = ['x', 'y']): string {
  const tokens = formula.match(FORMULA_TOKEN) ?? [];
  // Spaces around a product or a power go with it: "2 * x ^ 2" reads 2x².
  const tight = (t: string | undefined): boolean => t === '*' || t === '^';
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (/^\s/.test(tokens[i]!) && (tight(tokens[i - 1]) || tight(tokens[i + 1]))) tokens.splice(i, 1);
  }
  const isFactor = (t: string | undefined): boolean => t === 'x' || t === 'y' || t === 'pi' || t === '(';
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = tokens[i + 1];
    if (t === 'x' || t === 'y') out += names[t === 'x' ? 0 : 1];
    else if (t === 'pi') out += 'π';
    else if (t === '^' && after !== undefined && /^\d+$/.test(after)) {
      out += after.replace(/\d/g, (d) => SUPERSCRIPT[d]!);
      i++;
    } else if (t === '*') out += isFactor(after) ? '' : '·';
    else if (t === '-') out += MINUS;
    else out += t;
  }
  return out;
}

function exponent(x: number, decimals: number): string {
  return x.toExponential(decimals).replace('e+', 'e').replace(/-/g, MINUS);
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
  const t = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\s+/g, '');
  const normal = /^[+-]?\d+,\d+$/.test(t) ? t.replace(',', '.') : t;
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(normal)) return Number.NaN;
  return Number(normal);
}
