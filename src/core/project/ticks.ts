import { assertFinite, CoreError } from '../errors';

/**
 * Round tick values (steps of 1, 2 or 5 × 10ᵏ) inside [lo, hi], about
 * `count` of them — the same family of steps d3 and matplotlib choose.
 * Values are rounded to the step's decimals so 0.30000000000000004 prints as 0.3.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  assertFinite(lo, 'tick range lower bound');
  assertFinite(hi, 'tick range upper bound');
  if (!(hi > lo)) throw new CoreError('out-of-range', `tick range must have lower < upper, got [${lo}, ${hi}]`);
  const n = Math.max(1, Math.min(50, Math.round(count)));
  const raw = (hi - lo) / n;
  const power = Math.floor(Math.log10(raw));
  const base = 10 ** power;
  const m = raw / base;
  const step = (m >= Math.sqrt(50) ? 10 : m >= Math.sqrt(10) ? 5 : m >= Math.SQRT2 ? 2 : 1) * base;
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  const decimals = Math.max(0, -power + 1);
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(Number((k * step).toFixed(Math.min(20, decimals))) + 0);
  return out;
}
