/**
 * Formulas typed by students: f(x, y) in ordinary notation → value and exact gradient.
 *   const r = parseExpression('(1 - x)^2 + 100*(y - x^2)^2');
 *   if (r.ok) { const out = [0, 0, 0]; r.formula.evaluate(-1, 2, out); } else show(r.error.message);
 */
export { parseExpression, type ExpressionResult } from './expression';
export { type CompiledFormula } from './compile';
export { type ExpressionError, type ExpressionErrorCode } from './error';
export { DEFAULT_LIMITS, type ExpressionLimits } from './limits';
export { allowedNames } from './names';
export { formulaSurface } from './surface';
