/** Number formats for the read-out: significant digits, Unicode minus, never NaN. */
import { fmt } from '~/widgets/kit/format';

/** `x` to `sig` significant digits; tiny and huge magnitudes in exponent form. */
export function sig(x: number, sig = 3): string {
  if (!Number.isFinite(x)) return fmt(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(sig - 1).replace('e+', 'e').replace(/-/g, '\u2212');
  const digits = Math.max(0, Math.min(8, sig - 1 - Math.floor(Math.log10(a))));
  return fmt(x, digits);
}

/** "(x, y)" with two decimals. */
export function pt(x: number, y: number): string {
  return `(${fmt(x)}, ${fmt(y)})`;
}

/** A parameter as a person would type it: up to 4 significant digits, no trailing zeros. */
export function plain(x: number): string {
  if (!Number.isFinite(x)) return fmt(x);
  return String(Number(x.toPrecision(4))).replace('e+', 'e').replace(/-/g, '\u2212');
}
