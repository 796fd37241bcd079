import { describe, expect, it } from 'vitest';
import { chapterPath, chapterSlug } from '~/utils/slug';

describe('chapterSlug', () => {
  it.each([
    ['content/chapters/04-gradient-descent.mdx', 'gradient-descent'],
    ['chapters/01-loss-functions.mdx', 'loss-functions'],
    ['02-derivatives-and-gradients.mdx', 'derivatives-and-gradients'],
    ['C:\\x\\chapters\\06-learning-rate.mdx', 'learning-rate'],
    ['chapters/10-neurons', 'neurons'],
    ['no-prefix.mdx', 'no-prefix'],
  ])('%s → %s', (file, slug) => expect(chapterSlug(file)).toBe(slug));

  it('rejects names that would make odd URLs', () => {
    expect(() => chapterSlug('03-Loss Surface.mdx')).toThrow(/NN-words-with-dashes/);
    expect(() => chapterSlug('05-.mdx')).toThrow();
    expect(() => chapterSlug('07--double.mdx')).toThrow();
  });
});

describe('chapterPath', () => {
  it('is /chapters/slug/ with a trailing slash (GitHub Pages serves dir/index.html)', () => {
    expect(chapterPath('gradient-descent')).toBe('/chapters/gradient-descent/');
  });
});
