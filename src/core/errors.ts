/**
 * The one error type the numeric core throws for bad input. `code` is stable
 * and machine-readable (widgets switch on it to explain the problem); the
 * message says, in words a student understands, what was wrong.
 */
export type CoreErrorCode =
  | 'non-finite' // a NaN or ±Infinity where a finite number is required
  | 'empty' // an array, grid or data set with no elements
  | 'mismatch' // arrays or matrices whose sizes do not agree
  | 'out-of-range' // a number outside its allowed range (η ≤ 0, a negative count…)
  | 'singular' // a matrix that cannot be inverted (XᵀX singular)
  | 'invalid'; // anything else malformed

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  constructor(code: CoreErrorCode, message: string) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}

/** Throws unless `x` is a finite number. `what` names it in the message. */
export function assertFinite(x: number, what: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new CoreError('non-finite', `${what} must be a finite number, got ${String(x)}`);
  }
}

/** Throws unless every entry of `xs` is finite and there is at least one. */
export function assertFiniteArray(xs: ArrayLike<number>, what: string): void {
  if (xs.length === 0) throw new CoreError('empty', `${what} is empty`);
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i]!;
    if (!Number.isFinite(v)) {
      throw new CoreError('non-finite', `${what}[${i}] must be a finite number, got ${String(v)}`);
    }
  }
}

/** Throws unless `x` is a finite number strictly greater than zero. */
export function assertPositive(x: number, what: string): void {
  assertFinite(x, what);
  if (x <= 0) throw new CoreError('out-of-range', `${what} must be greater than 0, got ${x}`);
}
