import { describe, expect, it } from 'vitest';
import { excerptParts, resultSummary, shouldFocusSearch } from '~/utils/search-text';

describe('excerptParts', () => {
  const html = (parts: { text: string; mark: boolean }[]) =>
    parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('splits an excerpt into text and marked runs', () => {
    expect(excerptParts('the <mark>gradient</mark> points uphill')).toEqual([
      { text: 'the ', mark: false },
      { text: 'gradient', mark: true },
      { text: ' points uphill', mark: false },
    ]);
    expect(html(excerptParts('a <MARK>b</MARK>'))).toBe('a [b]');
  });

  it('drops other tags and decodes entities into plain text', () => {
    expect(html(excerptParts('<img src=x onerror=alert(1)>a <mark>b</mark>'))).toBe('a [b]');
    expect(html(excerptParts('<script>alert(1)</script>x'))).toBe('alert(1)x');
    expect(html(excerptParts('η &lt; 2/λ &amp;&amp; a &gt; b'))).toBe('η < 2/λ && a > b');
    // A mark with attributes is not our mark.
    expect(html(excerptParts('<mark onclick="x">a</mark>'))).toBe('a');
  });

  it('keeps U+0000/U+0001 as text (the old sanitiser turned them into < and >)', () => {
    const parts = excerptParts('\u0000img src=x onerror=alert(1)\u0001 <mark>x</mark>');
    expect(parts[0]).toEqual({ text: '\u0000img src=x onerror=alert(1)\u0001 ', mark: false });
    expect(parts.every((p) => !p.text.includes('<'))).toBe(true);
    // And a decoded "<img …>" stays text: it is put in a text node, never parsed.
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });
});

describe('shouldFocusSearch', () => {
  it('focuses on "/" outside text fields', () => {
    expect(shouldFocusSearch('/', { tagName: 'BODY' })).toBe(true);
    expect(shouldFocusSearch('/', null)).toBe(true);
  });

  it('ignores other keys, modifiers and typing in fields', () => {
    expect(shouldFocusSearch('a', { tagName: 'BODY' })).toBe(false);
    expect(shouldFocusSearch('/', { tagName: 'BODY' }, true)).toBe(false);
    expect(shouldFocusSearch('/', { tagName: 'input' })).toBe(false);
    expect(shouldFocusSearch('/', { tagName: 'TEXTAREA' })).toBe(false);
    expect(shouldFocusSearch('/', { tagName: 'SELECT' })).toBe(false);
    expect(shouldFocusSearch('/', { tagName: 'DIV', isContentEditable: true })).toBe(false);
  });
});

describe('resultSummary', () => {
  it('words the count', () => {
    expect(resultSummary(0, 'zebra')).toBe('No results for “zebra”');
    expect(resultSummary(1, 'x')).toBe('1 result');
    expect(resultSummary(5, 'x')).toBe('5 results');
  });
});
