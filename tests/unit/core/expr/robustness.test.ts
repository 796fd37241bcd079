// Any text gives an answer — a compiled formula or an error with a column — and never an
// exception, a hang or a stack overflow, whatever its length, alphabet or nesting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseExpression, type ExpressionResult } from '~/core/expr';

const UNLIMITED_LENGTH = { ...DEFAULT_LIMITS, maxLength: Infinity };

const pieces = [
  'x',
  'y',
  '1',
  '2.5',
  '1e-3',
  '.5',
  '10',
  '+',
  '-',
  '*',
  '/',
  '^',
  '**',
  '(',
  ')',
  ',',
  ' ',
  '−',
  '×',
  'sin',
  'exp',
  'log',
  'sqrt',
  'max',
  'min',
  'pow',
  'relu',
  'pi',
  'e',
  'z',
  '.',
  'constructor',
  '__proto__',
];
const soup = (maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

/** The result is well formed: a formula whose two evaluation paths agree, or an error inside the text. */
function checkResult(text: string, r: ExpressionResult): void {
  if (r.ok) {
    const out = [0, 0, 0];
    for (const [x, y] of [
      [0.5, -1.25],
      [2, 3],
      [0, 0],
    ] as const) {
      r.formula.evaluate(x, y, out);
      const v = r.formula.value(x, y);
      if (Number.isNaN(v)) expect(out[0]).toBeNaN();
      else expect(out[0]).toBe(v);
    }
  } else {
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.column).toBeGreaterThanOrEqual(1);
    expect(r.error.column).toBeLessThanOrEqual(text.length + 1);
    expect(r.error.length).toBeGreaterThanOrEqual(1);
  }
}

describe('parseExpression on hostile text', () => {
  it('answers every string of any characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (text) => checkResult(text, parseExpression(text))),
      { numRuns: 2000 },
    );
  });

  it('answers every mixture of the grammar’s own pieces, and the two evaluation paths agree', () => {
    fc.assert(
      fc.property(soup(120), (text) => checkResult(text, parseExpression(text))),
      { numRuns: 3000 },
    );
  });

  it('answers 10 kB strings, with the length limit and without it', () => {
    fc.assert(
      fc.property(fc.oneof(soup(4000), fc.string({ minLength: 10_000, maxLength: 10_000 })), (text) => {
        const limited = parseExpression(text);
        checkResult(text, limited);
        if (text.length > 500) expect(!limited.ok && limited.error.code).toBe('too-long');
        checkResult(text, parseExpression(text, UNLIMITED_LENGTH));
      }),
      { numRuns: 100 },
    );
  });

  it('gives a depth error, not a stack overflow, for 10 000 nested brackets, signs, powers and calls', () => {
    const deep = [
      `${'('.repeat(10_000)}x${')'.repeat(10_000)}`,
      '('.repeat(10_000),
      `${'-'.repeat(10_000)}x`,
      `x${'^x'.repeat(10_000)}`,
      `${'sin('.repeat(10_000)}x${')'.repeat(10_000)}`,
      `${'max(x,'.repeat(10_000)}y${')'.repeat(10_000)}`,
    ];
    for (const text of deep) {
      const short = parseExpression(text);
      expect(!short.ok && short.error.code).toBe('too-long');
      const r = parseExpression(text, UNLIMITED_LENGTH);
      expect(!r.ok && r.error.code).toBe('too-deep');
    }
    const flat = parseExpression(`x${'+x'.repeat(10_000)}`, UNLIMITED_LENGTH);
    expect(!flat.ok && flat.error.code).toBe('too-many-operations');
    const closers = parseExpression(`x${')'.repeat(10_000)}`, UNLIMITED_LENGTH);
    expect(!closers.ok && closers.error.code).toBe('unexpected-close');
  });
});
