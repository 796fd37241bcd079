import type { ExprNode } from './ast';
import { expressionError, type ExpressionError, type ExpressionErrorCode } from './error';
import { DEFAULT_LIMITS, type ExpressionLimits } from './limits';
import { lookupName } from './names';
import { tokenize, type Token } from './tokens';

export type ParseResult =
  | { readonly ok: true; readonly ast: ExprNode; readonly operations: number }
  | { readonly ok: false; readonly error: ExpressionError };

/** Thrown inside the parser only, caught by parseFormula: a parse error is an answer, not a crash. */
class ParseFailure {
  readonly error: ExpressionError;
  constructor(error: ExpressionError) {
    this.error = error;
  }
}

const ORDINALS = ['no', 'one', 'two'];

/** How a token reads in a message: the text it covers, or "the end". */
function show(text: string, t: Token): string {
  return t.kind === 'end' ? 'the end of the formula' : `\`${text.slice(t.start, t.end)}\``;
}

/**
 * Parses f(x, y) by recursive descent. Grammar, loosest binding first:
 *
 *   sum     := product (('+' | '-') product)*
 *   product := signed (('*' | '/') signed)*
 *   signed  := ('-' | '+') signed | power
 *   power   := primary ('^' signed)?          right-associative: 2^3^2 = 2^(3^2)
 *   primary := number | name | name '(' sum (',' sum)* ')' | '(' sum ')'
 *
 * so −x^2 = −(x^2) and 2^−x is allowed. Every entry to `signed` counts one level of depth,
 * which bounds the recursion whatever the text.
 */
export function parseFormula(text: string, limits: ExpressionLimits = DEFAULT_LIMITS): ParseResult {
  if (text.length > limits.maxLength) {
    return {
      ok: false,
      error: expressionError(
        'too-long',
        `the formula is ${text.length} characters long; the limit is ${limits.maxLength}`,
        limits.maxLength + 1,
        text.length - limits.maxLength,
      ),
    };
  }
  const lexed = tokenize(text);
  if (!lexed.ok) return lexed;
  const tokens = lexed.tokens;
  if (tokens.length === 1)
    return { ok: false, error: expressionError('empty', 'type a formula in x and y, for example x^2 + 3*y^2', 1) };

  let pos = 0;
  let depth = 0;
  let operations = 0;

  const peek = (): Token => tokens[pos]!;
  const fail = (code: ExpressionErrorCode, message: string, t: Token, hint = ''): never => {
    const where = t.kind === 'end' ? `at the end (column ${t.start + 1})` : `at column ${t.start + 1}`;
    throw new ParseFailure(expressionError(code, `${message} ${where}${hint}`, t.start + 1, t.end - t.start));
  };
  const countOperation = (t: Token): void => {
    operations++;
    if (operations > limits.maxOperations)
      fail('too-many-operations', `the formula has more than ${limits.maxOperations} operations`, t);
  };

  /** A token that cannot start a value where one is expected. */
  const missingOperand = (t: Token): never => {
    const before = pos > 0 ? tokens[pos - 1]! : null;
    if (t.kind === ')' && before?.kind === '(') return fail('missing-operand', 'empty brackets', before);
    if (t.kind === 'end') {
      return before
        ? fail('missing-operand', `expected a value after ${show(text, before)}`, t)
        : fail('missing-operand', 'expected a value', t);
    }
    return fail('missing-operand', `expected a value before ${show(text, t)}`, t);
  };

  /** After a complete value, anything but an operator, `)`, `,` or the end is two values in a row. */
  const missingOperator = (t: Token): never => {
    const before = tokens[pos - 1]!;
    return fail(
      'missing-operator',
      `expected an operator between ${show(text, before)} and ${show(text, t)}`,
      t,
      ' (multiplication needs a `*`: 2*x, not 2x)',
    );
  };

  /** operand (op operand)*, grouped to the left: x - y - 1 = (x - y) - 1. */
  const leftAssociative = (operand: () => ExprNode, a: '+' | '*', b: '-' | '/') => (): ExprNode => {
    let left = operand();
    for (;;) {
      const t = peek();
      if (t.kind !== a && t.kind !== b) return left;
      pos++;
      countOperation(t);
      left = { kind: 'binary', op: t.kind, left, right: operand() };
    }
  };

  const signed = (): ExprNode => {
    const t = peek();
    depth++;
    if (depth > limits.maxDepth)
      fail(
        'too-deep',
        `the formula nests more than ${limits.maxDepth} levels of brackets, functions, powers or signs`,
        t,
      );
    let node: ExprNode;
    if (t.kind === '-') {
      pos++;
      countOperation(t);
      node = { kind: 'negate', arg: signed() };
    } else if (t.kind === '+') {
      pos++;
      node = signed();
    } else {
      node = power();
    }
    depth--;
    return node;
  };

  const product = leftAssociative(() => signed(), '*', '/');
  const sum = leftAssociative(product, '+', '-');

  const power = (): ExprNode => {
    const base = primary();
    const t = peek();
    if (t.kind !== '^') return base;
    pos++;
    countOperation(t);
    return { kind: 'binary', op: '^', left: base, right: signed() };
  };

  const closeBracket = (open: Token, inCall: boolean): void => {
    const t = peek();
    if (t.kind === ')') {
      pos++;
      return;
    }
    if (t.kind === 'end') fail('missing-close', `missing \`)\` for the \`(\``, open);
    if (t.kind === ',')
      fail(
        'unexpected-character',
        'unexpected `,`',
        t,
        ' (commas separate the arguments of a function such as max(x, y))',
      );
    if (inCall || t.kind === 'number' || t.kind === 'name' || t.kind === '(') missingOperator(t);
    missingOperand(t);
  };

  const primary = (): ExprNode => {
    const t = peek();
    if (t.kind === 'number') {
      pos++;
      return { kind: 'number', value: t.value };
    }
    if (t.kind === '(') {
      pos++;
      const inner = sum();
      closeBracket(t, false);
      return inner;
    }
    if (t.kind !== 'name') return missingOperand(t);
    pos++;
    const entry = lookupName(t.name);
    const called = peek().kind === '(';
    if (entry === undefined) {
      const lower = t.name.toLowerCase();
      const hint =
        lower !== t.name && lookupName(lower) !== undefined
          ? ` (names are lower-case: ${lower})`
          : ' (allowed: x, y, pi, e and functions such as sin, exp, log, sqrt, max)';
      return fail('unknown-name', `unknown name \`${t.name}\``, t, hint);
    }
    if (entry.kind === 'variable' || entry.kind === 'constant') {
      if (called) fail('not-a-function', `\`${t.name}\` is not a function`, t, ` (write ${t.name}*(…) to multiply)`);
      return entry.kind === 'variable'
        ? { kind: 'variable', index: entry.index }
        : { kind: 'number', value: entry.value };
    }
    if (!called) return fail('missing-call', `\`${t.name}\` is a function: write ${t.name}(…)`, t);
    const open = peek();
    pos++;
    countOperation(t);
    const args: ExprNode[] = [];
    if (peek().kind === ')') missingOperand(peek());
    for (;;) {
      args.push(sum());
      if (peek().kind !== ',') break;
      pos++;
    }
    closeBracket(open, true);
    const wanted = entry.kind === 'unary' ? 1 : entry.kind === 'pow' ? 2 : -2;
    if (wanted > 0 && args.length !== wanted) {
      fail('arity', `\`${t.name}\` takes ${ORDINALS[wanted]} argument${wanted > 1 ? 's' : ''} (got ${args.length})`, t);
    }
    if (wanted < 0 && args.length < 2)
      fail('arity', `\`${t.name}\` takes two or more arguments (got ${args.length})`, t);
    if (entry.kind === 'unary') return { kind: 'unary-call', name: t.name, fn: entry, arg: args[0]! };
    if (entry.kind === 'pow') return { kind: 'binary', op: '^', left: args[0]!, right: args[1]! };
    return { kind: 'extremum', which: entry.kind, args };
  };

  try {
    const ast = sum();
    const t = peek();
    if (t.kind === ')') fail('unexpected-close', 'unexpected `)`: no `(` is open', t);
    if (t.kind === ',')
      fail(
        'unexpected-character',
        'unexpected `,`',
        t,
        ' (commas separate the arguments of a function such as max(x, y))',
      );
    if (t.kind !== 'end') missingOperator(t);
    return { ok: true, ast, operations };
  } catch (e) {
    if (e instanceof ParseFailure) return { ok: false, error: e.error };
    throw e;
  }
}
