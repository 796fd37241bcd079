import { describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { DEFAULT_LIMITS, parseExpression, type ExpressionErrorCode } from '~/core/expr';

const table: ReadonlyArray<{
  text: string;
  code: ExpressionErrorCode;
  message: string;
  column: number;
  length?: number;
}> = [
  { text: 'x + 2*y + z', code: 'unknown-name', message: 'unknown name `z` at column 11', column: 11 },
  { text: 'sin(x) + foo(y)', code: 'unknown-name', message: 'unknown name `foo` at column 10', column: 10, length: 3 },
  { text: 'X^2', code: 'unknown-name', message: 'unknown name `X` at column 1 (names are lower-case: x)', column: 1 },
  { text: 'Sin(x)', code: 'unknown-name', message: '(names are lower-case: sin)', column: 1, length: 3 },
  { text: '(x + 1', code: 'missing-close', message: 'missing `)` for the `(` at column 1', column: 1 },
  { text: 'max(x, (y + 1)', code: 'missing-close', message: 'missing `)` for the `(` at column 4', column: 4 },
  { text: 'x + 1)', code: 'unexpected-close', message: 'unexpected `)`: no `(` is open at column 6', column: 6 },
  { text: 'log(x, 2)', code: 'arity', message: '`log` takes one argument (got 2) at column 1', column: 1, length: 3 },
  { text: 'pow(x)', code: 'arity', message: '`pow` takes two arguments (got 1) at column 1', column: 1, length: 3 },
  { text: 'pow(x, y, 2)', code: 'arity', message: '`pow` takes two arguments (got 3)', column: 1, length: 3 },
  { text: 'max(x)', code: 'arity', message: '`max` takes two or more arguments (got 1)', column: 1, length: 3 },
  { text: 'sin()', code: 'missing-operand', message: 'empty brackets at column 4', column: 4 },
  { text: '()', code: 'missing-operand', message: 'empty brackets at column 1', column: 1 },
  { text: 'x +', code: 'missing-operand', message: 'expected a value after `+` at the end (column 4)', column: 4 },
  { text: '* y', code: 'missing-operand', message: 'expected a value before `*` at column 1', column: 1 },
  { text: 'x * / y', code: 'missing-operand', message: 'expected a value before `/` at column 5', column: 5 },
  { text: 'max(x, )', code: 'missing-operand', message: 'expected a value before `)` at column 8', column: 8 },
  { text: '2x', code: 'missing-operator', message: 'expected an operator between `2` and `x` at column 2', column: 2 },
  { text: 'x y', code: 'missing-operator', message: 'expected an operator between `x` and `y` at column 3', column: 3 },
  { text: '(x)(y)', code: 'missing-operator', message: 'at column 4', column: 4 },
  { text: '2e', code: 'missing-operator', message: 'between `2` and `e` at column 2', column: 2 },
  { text: '1.2.3', code: 'missing-operator', message: 'between `1.2` and `.3` at column 4', column: 4, length: 2 },
  {
    text: 'sin x',
    code: 'missing-call',
    message: '`sin` is a function: write sin(…) at column 1',
    column: 1,
    length: 3,
  },
  { text: 'pi(2)', code: 'not-a-function', message: '`pi` is not a function at column 1', column: 1, length: 2 },
  { text: 'x(y + 1)', code: 'not-a-function', message: '`x` is not a function', column: 1 },
  { text: 'x $ y', code: 'unexpected-character', message: 'unexpected character `$` at column 3', column: 3 },
  {
    text: 'f(x, y) = x',
    code: 'unexpected-character',
    message: 'unexpected character `=` at column 9 (type only the right-hand side of f(x, y) = …)',
    column: 9,
  },
  {
    text: 'x = 1',
    code: 'unexpected-character',
    message: 'unexpected character `=` at column 3 (type only the right-hand side',
    column: 3,
  },
  { text: 'x.constructor', code: 'unexpected-character', message: 'unexpected character `.` at column 2', column: 2 },
  {
    text: 'x["constructor"]',
    code: 'unexpected-character',
    message: 'unexpected character `[` at column 2',
    column: 2,
  },
  { text: 'x\u0000', code: 'unexpected-character', message: 'unexpected character U+0000 at column 2', column: 2 },
  {
    text: 'x + 😀',
    code: 'unexpected-character',
    message: 'unexpected character `😀` at column 5',
    column: 5,
    length: 2,
  },
  { text: 'x, y', code: 'unexpected-character', message: 'unexpected `,` at column 2', column: 2 },
  {
    text: '1e999 * x',
    code: 'bad-number',
    message: 'the number `1e999` is too large at column 1',
    column: 1,
    length: 5,
  },
  { text: '', code: 'empty', message: 'type a formula in x and y', column: 1 },
  { text: '   \t ', code: 'empty', message: 'type a formula in x and y', column: 1 },
];

describe('formulas that cannot be read', () => {
  it.each(table.map((row) => [row.text, row] as const))('%j → an error naming the place', (_t, row) => {
    const r = parseExpression(row.text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(row.code);
    expect(r.error.message).toContain(row.message);
    expect(r.error.column).toBe(row.column);
    expect(r.error.length).toBe(row.length ?? 1);
  });
});

describe('limits', () => {
  it('refuses more than 500 characters, underlining the excess', () => {
    const text = `x${' + x'.repeat(125)}`; // 501 characters
    expect(text.length).toBe(501);
    const r = parseExpression(text);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'too-long',
        message: 'the formula is 501 characters long; the limit is 500',
        column: 501,
        length: 1,
      },
    });
    expect(parseExpression(text.slice(0, 500).replace(/\+ ?$/, '')).ok).toBe(true);
  });

  it('refuses nesting past the depth limit at the place it happens, for brackets, signs and powers', () => {
    const ok = `${'('.repeat(31)}x${')'.repeat(31)}`;
    expect(parseExpression(ok).ok).toBe(true);
    for (const text of [
      `${'('.repeat(40)}x${')'.repeat(40)}`,
      `${'-'.repeat(40)}x`,
      `x${'^x'.repeat(40)}`,
      `${'sin('.repeat(40)}x${')'.repeat(40)}`,
    ]) {
      const r = parseExpression(text);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('too-deep');
      expect(r.error.message).toMatch(
        /^the formula nests more than 32 levels of brackets, functions, powers or signs at column \d+$/,
      );
    }
  });

  it('refuses more than 200 operations', () => {
    const r = parseExpression(`x${'+1'.repeat(201)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('too-many-operations');
      expect(r.error.message).toBe('the formula has more than 200 operations at column 402');
    }
    const fine = parseExpression(`x${'+1'.repeat(200)}`);
    expect(fine.ok && fine.operations).toBe(200);
  });

  it('takes other limits, and throws CoreError for limits that make no sense', () => {
    expect(parseExpression('x + y + 1', { ...DEFAULT_LIMITS, maxOperations: 1 }).ok).toBe(false);
    expect(parseExpression('x + y', { ...DEFAULT_LIMITS, maxLength: 4 }).ok).toBe(false);
    expect(() => parseExpression('x', { ...DEFAULT_LIMITS, maxDepth: 0 })).toThrow(CoreError);
    expect(() => parseExpression('x', { ...DEFAULT_LIMITS, maxDepth: 5000 })).toThrow(CoreError);
    expect(() => parseExpression('x', { ...DEFAULT_LIMITS, maxLength: NaN })).toThrow(CoreError);
    expect(() => parseExpression('x', { ...DEFAULT_LIMITS, maxOperations: 1.5 })).toThrow(CoreError);
  });
});
