import { compileFormula, type CompiledFormula } from './compile';
import type { ExpressionError } from './error';
import { assertLimits, DEFAULT_LIMITS, type ExpressionLimits } from './limits';
import { parseFormula } from './parse';

export type ExpressionResult =
  | { readonly ok: true; readonly formula: CompiledFormula; readonly operations: number }
  | { readonly ok: false; readonly error: ExpressionError };

/**
 * Reads a formula for f(x, y) typed by a student (or taken from a URL) and compiles it to a
 * function giving the value and the exact gradient. Never throws for any text: a formula that
 * cannot be read gives `{ ok: false, error }` with the column at fault. (Only invalid `limits`,
 * a programming error, throw a CoreError.) Nothing in the text is executed or used to read a
 * property: names resolve through the fixed table in names.ts.
 */
export function parseExpression(text: string, limits: ExpressionLimits = DEFAULT_LIMITS): ExpressionResult {
  if (limits !== DEFAULT_LIMITS) assertLimits(limits);
  const parsed = parseFormula(text, limits);
  if (!parsed.ok) return parsed;
  return { ok: true, formula: compileFormula(parsed.ast), operations: parsed.operations };
}
