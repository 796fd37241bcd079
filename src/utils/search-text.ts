/**
 * Helpers for the header search UI (Pagefind JS API with our own markup).
 */

/**
 * Pagefind excerpts are text with <mark> around the matches. Keep exactly that:
 * drop every other tag and escape stray angle brackets, so nothing from the
 * index can inject markup.
 */
export function safeExcerpt(html: string): string {
  return html
    .replace(/<(?!\/?mark>)\/?[a-z][^>]*>/gi, '')
    .replace(/<(\/?)mark>/gi, '\u0000$1mark\u0001')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u0000/g, '<')
    .replace(/\u0001/g, '>');
}

/** True when a "/" key press should focus the search box (not while typing somewhere). */
export function shouldFocusSearch(key: string, target: { tagName?: string; isContentEditable?: boolean } | null, modifiers = false): boolean {
  if (key !== '/' || modifiers) return false;
  if (!target) return true;
  if (target.isContentEditable) return false;
  const tag = (target.tagName ?? '').toUpperCase();
  return tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT';
}

/** "1 result" / "N results" / "No results for “q”" — announced in the live region. */
export function resultSummary(count: number, query: string): string {
  if (count === 0) return `No results for “${query}”`;
  return count === 1 ? '1 result' : `${count} results`;
}
