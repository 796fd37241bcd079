/** Scientific notation for small errors in widget text ("3.00e−6"), never NaN/Infinity. */
import { fmt } from '~/widgets/kit/format';

export function sci(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return fmt(x, digits);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 0.01 && a < 1e4) return fmt(x, a >= 1 ? digits : digits + 2);
  return x.toExponential(digits).replace('e+', 'e').replace(/-/g, '\u2212');
}

/** h as a power of ten when it is one ("10⁻³"), else in scientific notation. */
export function hText(h: number): string {
  const k = Math.log10(h);
  if (Number.isFinite(k) && Math.abs(k - Math.round(k)) < 1e-9) {
    const e = Math.round(k);
    if (e === 0) return '1';
    const sup: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
    return `10${String(e).replace(/./g, (c) => sup[c] ?? c)}`;
  }
  return sci(h, 2);
}
