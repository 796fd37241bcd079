import { expressionError, type ExpressionError } from './error';

/** One token of a formula; `start`/`end` are 0-based offsets into the text (end exclusive). */
export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: 'name'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly kind: '+' | '-' | '*' | '/' | '^' | '(' | ')' | ','; readonly start: number; readonly end: number }
  | { readonly kind: 'end'; readonly start: number; readonly end: number };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;

/**
 * Splits a formula into tokens in one left-to-right pass (no regular expressions, so no
 * backtracking on long input). Besides ASCII it accepts what a student copies from a page:
 * `−` (U+2212) for minus, `×` and `·` for times, and Python's `**` for `^`.
 */
export function tokenize(text: string): { ok: true; tokens: Token[] } | { ok: false; error: ExpressionError } {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      if (i < n && text.charCodeAt(i) === 46) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      // An exponent only when digits follow: `2e` stays the number 2 then the name e.
      if (i < n && (text.charCodeAt(i) | 32) === 101) {
        let k = i + 1;
        if (k < n && (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45)) k++;
        if (k < n && isDigit(text.charCodeAt(k))) {
          while (k < n && isDigit(text.charCodeAt(k))) k++;
          i = k;
        }
      }
      const literal = text.slice(start, i);
      const value = Number(literal);
      if (!Number.isFinite(value)) {
        return {
          ok: false,
          error: expressionError(
            'bad-number',
            `the number \`${literal}\` is too large at column ${start + 1}`,
            start + 1,
            i - start,
          ),
        };
      }
      tokens.push({ kind: 'number', value, start, end: i });
      continue;
    }
    if (isNameStart(c)) {
      while (i < n && isNameChar(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'name', name: text.slice(start, i), start, end: i });
      continue;
    }
    let kind: '+' | '-' | '*' | '/' | '^' | '(' | ')' | ',' | null = null;
    let width = 1;
    switch (c) {
      case 43:
        kind = '+';
        break;
      case 45:
      case 0x2212:
        kind = '-';
        break;
      case 42:
        if (i + 1 < n && text.charCodeAt(i + 1) === 42) {
          kind = '^';
          width = 2;
        } else kind = '*';
        break;
      case 0xd7:
      case 0xb7:
        kind = '*';
        break;
      case 47:
        kind = '/';
        break;
      case 94:
        kind = '^';
        break;
      case 40:
        kind = '(';
        break;
      case 41:
        kind = ')';
        break;
      case 44:
        kind = ',';
        break;
    }
    if (kind === null) {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      const shown = cp < 32 || cp === 127 ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `\`${ch}\``;
      const hint =
        c === 46
          ? ' (a decimal point needs a digit next to it)'
          : c === 61
            ? ' (type only the right-hand side of f(x, y) = …)'
            : '';
      return {
        ok: false,
        error: expressionError(
          'unexpected-character',
          `unexpected character ${shown} at column ${start + 1}${hint}`,
          start + 1,
          ch.length,
        ),
      };
    }
    i += width;
    tokens.push({ kind, start, end: i });
  }
  tokens.push({ kind: 'end', start: n, end: n });
  return { ok: true, tokens };
}
