import { describe, expect, it } from 'vitest';
import { compareOutput, extractListings } from '../../support/listings';

describe('extractListings', () => {
  it('pairs a python fence with the text fence right after it', () => {
    const mdx = [
      'Intro',
      '```python',
      'print(1 + 1)',
      '```',
      '',
      '```text',
      '2',
      '```',
      'More prose.',
      '```python title="quiet.py"',
      'x = 3',
      '```',
      'Prose in between.',
      '```text',
      'not an output',
      '```',
    ].join('\n');
    const ls = extractListings(mdx);
    expect(ls).toHaveLength(2);
    expect(ls[0]).toEqual({ line: 2, code: 'print(1 + 1)\n', expected: '2\n' });
    expect(ls[1]!.expected).toBeUndefined();
    expect(ls[1]!.code).toBe('x = 3\n');
  });
});

describe('compareOutput', () => {
  it('accepts equal output and numbers rounded on the page', () => {
    expect(compareOutput('mse = 2.7421577700550976\n', 'mse = 2.7421577700550976')).toBeUndefined();
    expect(compareOutput('mse = 2.7421577700550976', 'mse = 2.7422')).toBeUndefined();
    expect(compareOutput('[ 1.5  -2.25]', '[1.5 -2.25]')).toBeUndefined();
  });
  it('rejects different numbers, different text and missing numbers', () => {
    expect(compareOutput('mse = 2.7421', 'mse = 2.75')).toMatch(/number 1 differs/);
    expect(compareOutput('loss 1.0', 'mse 1.0')).toMatch(/text differs/);
    expect(compareOutput('a 1 2', 'a 1')).toBeDefined();
  });
});
