import { describe, expect, it } from 'vitest';
import { resultSummary, safeExcerpt, shouldFocusSearch } from '~/utils/search-text';

describe('safeExcerpt', () => {
  it('keeps <mark> and drops every other tag', () => {
    expect(safeExcerpt('the <mark>gradient</mark> points uphill')).toBe('the <mark>gradient</mark> points uphill');
    expect(safeExcerpt('<img src=x onerror=alert(1)>a <MARK>b</MARK>')).toBe('a <mark>b</mark>');
    expect(safeExcerpt('<script>alert(1)</script>x')).toBe('alert(1)x');
    // A mark with attributes is not our mark: dropped (a stray </mark> is harmless).
    expect(safeExcerpt('<mark onclick="x">a</mark>')).toBe('a</mark>');
    expect(safeExcerpt('<img src=x onerror=alert(1)')).toBe('&lt;img src=x onerror=alert(1)');
  });

  it('escapes stray angle brackets', () => {
    expect(safeExcerpt('a > b and c <')).toBe('a &gt; b and c &lt;');
    expect(safeExcerpt('η < 2/λ')).toBe('η &lt; 2/λ');
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
