/**
 * Helpers for the header search UI (Pagefind JS API with our own markup).
 */

/** One run of an excerpt: plain text, highlighted (a match) or not. */
export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Pagefind excerpts are escaped text with <mark> around the matches. Split one
 * into text runs, marked or not, to be shown as text nodes and <mark> elements:
 * the excerpt is never parsed as HTML, so nothing in the index can become markup.
 * Any tag other than a bare <mark>/</mark> is dropped.
 */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) mark = true;
    else if (/^<\/mark>$/i.test(piece)) mark = false;
    else {
      const text = decodeEntities(piece.replace(/<\/?[a-z][^>]*>/gi, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/** True when a "/" key press should focus the search box (not while typing somewhere). */
export function shouldFocusSearch(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean } | null,
  modifiers = false,
): boolean {
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
