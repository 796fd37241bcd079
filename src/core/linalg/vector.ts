import { CoreError } from '../errors';

function assertSameLength(a: ArrayLike<number>, b: ArrayLike<number>, what: string): void {
  if (a.length !== b.length) {
    throw new CoreError('mismatch', `${what}: vectors of length ${a.length} and ${b.length}`);
  }
}

/** The dot product aᵀb, summed left to right (as numpy does for short vectors). */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assertSameLength(a, b, 'dot');
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * The Euclidean norm ‖v‖. Rescales when the plain sum of squares would
 * overflow or underflow, so any finite vector has a finite norm (unless the
 * norm itself exceeds the largest double).
 */
export function norm(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  if (Number.isFinite(s) && s > 1e-290) return Math.sqrt(s);
  if (Number.isNaN(s)) return NaN;
  let big = 0;
  for (let i = 0; i < v.length; i++) big = Math.max(big, Math.abs(v[i]!));
  if (big === 0 || !Number.isFinite(big)) return big;
  let t = 0;
  for (let i = 0; i < v.length; i++) {
    const r = v[i]! / big;
    t += r * r;
  }
  return big * Math.sqrt(t);
}

/** a − b as a fresh array. */
export function subtract(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  assertSameLength(a, b, 'subtract');
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! - b[i]!;
  return out;
}
