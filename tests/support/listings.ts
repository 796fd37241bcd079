/**
 * The listings of a chapter are read by the same parser the notebook builder
 * uses (src/utils/mdx-blocks.ts), so a notebook holds exactly the listings the
 * listings test runs.
 */
export { extractListings, type Listing } from '../../src/utils/mdx-blocks';

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?\b(?:nan|inf)\b/g;

/**
 * Compares printed output with the page's stated output: the text between
 * numbers must match (whitespace ignored), and each number must agree to
 * a relative tolerance. Returns a description of the first difference, or
 * undefined when they agree.
 */
export function compareOutput(actual: string, expected: string, relTol = 1e-6): string | undefined {
  const split = (s: string) => {
    const numbers = [...s.matchAll(NUMBER)].map((m) => m[0]);
    // Whitespace is layout (numpy pads arrays), not content: ignore it.
    const text = s.replace(NUMBER, '#').replace(/\s+/g, '');
    return { numbers, text };
  };
  const a = split(actual);
  const e = split(expected);
  if (a.text !== e.text) return `text differs:\n  printed: ${a.text}\n  stated:  ${e.text}`;
  if (a.numbers.length !== e.numbers.length)
    return `printed ${a.numbers.length} numbers, page states ${e.numbers.length}`;
  for (let i = 0; i < a.numbers.length; i++) {
    const x = Number(a.numbers[i]);
    const y = Number(e.numbers[i]);
    if (a.numbers[i] === e.numbers[i]) continue;
    const scale = Math.max(Math.abs(x), Math.abs(y));
    // A stated number may be rounded: allow half a unit in its last printed digit.
    const decimals = (e.numbers[i]!.split(/[eE]/)[0]!.split('.')[1] ?? '').length;
    const exponent = Number(e.numbers[i]!.split(/[eE]/)[1] ?? 0);
    const roundingSlack = 0.5 * 10 ** (exponent - decimals);
    if (!(Math.abs(x - y) <= Math.max(relTol * scale, roundingSlack * (1 + 1e-9)))) {
      return `number ${i + 1} differs: printed ${a.numbers[i]}, page states ${e.numbers[i]}`;
    }
  }
  return undefined;
}
