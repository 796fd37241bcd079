/**
 * What is wrong with a formula a student typed, and where. Parsing never throws for bad
 * text (text from a student or a URL is expected to be wrong sometimes): it returns one of
 * these, and the widget shows `message` and underlines `length` characters from `column`.
 */
export type ExpressionErrorCode =
  | 'empty' // nothing but spaces
  | 'too-long' // more than the character limit
  | 'too-deep' // brackets, powers or signs nested past the depth limit
  | 'too-many-operations' // more operations than the limit
  | 'unexpected-character' // a character the grammar has no use for (`$`, `;`, `.` alone …)
  | 'bad-number' // a number too large to represent (`1e999`)
  | 'unknown-name' // a name that is not x, y, a constant or a function
  | 'not-a-function' // `pi(2)`, `x(1)`
  | 'missing-call' // `sin x`: a function named without its brackets
  | 'arity' // `log(x, 2)`, `pow(x)`
  | 'missing-operand' // `x +`, `* y`, `()`
  | 'missing-operator' // `2x`, `x y`, `(x)(y)`
  | 'missing-close' // `(x + 1`
  | 'unexpected-close'; // `x + 1)`

export interface ExpressionError {
  readonly code: ExpressionErrorCode;
  /** One sentence a student understands; names the column when there is one. */
  readonly message: string;
  /** 1-based column (UTF-16 code unit) of the first character at fault. */
  readonly column: number;
  /** How many characters from `column` to underline (at least 1). */
  readonly length: number;
}

export function expressionError(
  code: ExpressionErrorCode,
  message: string,
  column: number,
  length = 1,
): ExpressionError {
  return { code, message, column, length: Math.max(1, length) };
}
