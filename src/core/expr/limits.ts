import { CoreError } from '../errors';

/**
 * What a formula may cost. The length bounds the work of reading it, the depth bounds the
 * parser's recursion (so 10 000 nested brackets give an error, not a stack overflow), and the
 * operation count bounds the work per point (a 200 × 200 map evaluates the formula 40 000 times).
 */
export interface ExpressionLimits {
  /** Most characters in the text. */
  readonly maxLength: number;
  /** Most levels of brackets, function calls, powers and signs inside one another. */
  readonly maxDepth: number;
  /** Most operations (+ − * / ^, signs and function calls). */
  readonly maxOperations: number;
}

export const DEFAULT_LIMITS: ExpressionLimits = { maxLength: 500, maxDepth: 32, maxOperations: 200 };

/** Throws CoreError unless every limit is a positive integer (maxLength may be Infinity, for tests). */
export function assertLimits(limits: ExpressionLimits): void {
  const ok = (v: number, infiniteOk: boolean): boolean =>
    (Number.isInteger(v) && v > 0) || (infiniteOk && v === Infinity);
  if (!ok(limits.maxLength, true))
    throw new CoreError('out-of-range', `maxLength must be a positive integer, got ${limits.maxLength}`);
  if (!ok(limits.maxDepth, false) || limits.maxDepth > 200) {
    throw new CoreError('out-of-range', `maxDepth must be an integer from 1 to 200, got ${limits.maxDepth}`);
  }
  if (!ok(limits.maxOperations, false))
    throw new CoreError('out-of-range', `maxOperations must be a positive integer, got ${limits.maxOperations}`);
}
