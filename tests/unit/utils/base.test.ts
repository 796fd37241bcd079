import { describe, expect, it } from 'vitest';
import { isExternalOrSpecial, joinBase, normaliseBase, withBase } from '~/utils/base';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['downhill', '/downhill/'],
    ['/downhill', '/downhill/'],
    ['/downhill/', '/downhill/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (input, out) => expect(normaliseBase(input)).toBe(out));
});

describe('joinBase', () => {
  it('prefixes root-relative paths with the base', () => {
    expect(joinBase('/downhill/', '/chapters/gradient-descent/#update-rule')).toBe(
      '/downhill/chapters/gradient-descent/#update-rule',
    );
    expect(joinBase('/downhill/', '/')).toBe('/downhill/');
    expect(joinBase('/downhill', 'pagefind/pagefind.js')).toBe('/downhill/pagefind/pagefind.js');
  });

  it('is the identity on paths under the root base', () => {
    expect(joinBase('/', '/chapters/x/')).toBe('/chapters/x/');
    expect(joinBase('/', 'favicon.svg')).toBe('/favicon.svg');
  });

  it('does not prefix twice', () => {
    expect(joinBase('/downhill/', '/downhill/chapters/x/')).toBe('/downhill/chapters/x/');
    expect(joinBase('/downhill/', '/downhill')).toBe('/downhill');
    // A path that merely starts with the same letters is not under the base.
    expect(joinBase('/downhill/', '/downhillish/')).toBe('/downhill/downhillish/');
  });

  it('leaves other origins, fragments and queries alone', () => {
    for (const url of [
      'https://arxiv.org/abs/1712.09913',
      '//cdn.example/x.js',
      'mailto:a@b.c',
      '#section',
      '?q=1',
      'data:image/png;base64,AA',
    ]) {
      expect(isExternalOrSpecial(url)).toBe(true);
      expect(joinBase('/downhill/', url)).toBe(url);
    }
  });
});

describe('withBase', () => {
  it('uses import.meta.env.BASE_URL', () => {
    const base = import.meta.env.BASE_URL;
    expect(withBase('/chapters/x/')).toBe(joinBase(base, '/chapters/x/'));
  });
});
