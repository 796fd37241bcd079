import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeValue, readParam, writeParam } from '~/widgets/kit/urlQuery';
import { linkFor } from '~/widgets/kit/useUrlState';

describe('url query helpers', () => {
  it('reads one parameter', () => {
    expect(readParam('?a=1&loss-and-gradient-1d=w:1.2,x:3', 'loss-and-gradient-1d')).toBe('w:1.2,x:3');
    expect(readParam('?a=1', 'b')).toBeNull();
    expect(readParam('?b=%zz', 'b')).toBe('%zz');
  });

  it('writes one parameter and keeps the others untouched', () => {
    expect(writeParam('', 'w1', 'w:1.2,x:3')).toBe('?w1=w:1.2,x:3');
    expect(writeParam('?other=a%20b&w1=old', 'w1', 'w:2')).toBe('?other=a%20b&w1=w:2');
    expect(writeParam('?other=1&w1=old', 'w1', '')).toBe('?other=1');
    expect(writeParam('?w1=old', 'w1', '')).toBe('');
  });

  it('escapes what could break the query', () => {
    expect(encodeValue('a&b=c#d e')).toBe('a%26b%3Dc%23d%20e');
  });

  it('round-trips any value through write and read', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (v, other) => {
        const q = writeParam(`?x=${encodeURIComponent(other)}`, 'my-widget', v);
        expect(readParam(q, 'my-widget')).toBe(v === '' ? null : v);
        expect(readParam(q, 'x')).toBe(other);
      }),
    );
  });

  it('builds links that end in the widget id', () => {
    expect(linkFor('http://h', '/downhill/chapters/a/', 'w1', 'w:1')).toBe('http://h/downhill/chapters/a/?w1=w:1#w1');
    expect(linkFor('http://h', '/p/', 'w1', '')).toBe('http://h/p/#w1');
  });
});
