import { describe, expect, it } from 'vitest';
import { currentHeading, tocHeadings } from '~/utils/toc';

const pos = (...tops: number[]) => tops.map((top, i) => ({ id: `h${i}`, top }));

describe('currentHeading', () => {
  it('is undefined before the first heading is reached', () => {
    expect(currentHeading(pos(300, 900, 1500), 96)).toBeUndefined();
  });

  it('is the last heading above the reading line', () => {
    expect(currentHeading(pos(-400, 50, 700), 96)).toBe('h1');
    expect(currentHeading(pos(-400, 96, 700), 96)).toBe('h1');
    expect(currentHeading(pos(-900, -300, 97), 96)).toBe('h1');
  });

  it('at the bottom of the page, picks the last visible heading', () => {
    expect(currentHeading(pos(-900, 200, 500), 96, true, 800)).toBe('h2');
    expect(currentHeading(pos(-900, 200, 900), 96, true, 800)).toBe('h1');
  });

  it('handles no headings', () => {
    expect(currentHeading([], 96, true, 800)).toBeUndefined();
  });
});

describe('tocHeadings', () => {
  it('keeps h2 and h3 only', () => {
    const hs = [1, 2, 3, 4, 2].map((depth, i) => ({ depth, slug: `s${i}`, text: `t${i}` }));
    expect(tocHeadings(hs).map((h) => h.slug)).toEqual(['s1', 's2', 's4']);
  });
});
