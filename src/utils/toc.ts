/**
 * On-page contents: which heading is "current" while scrolling. Pure so it can
 * be unit-tested; the TableOfContents component feeds it heading positions.
 */

export interface HeadingPosition {
  id: string;
  /** Distance of the heading's top from the viewport top, in px (negative: above). */
  top: number;
}

/**
 * The current section is the last heading whose top has passed `offset` px from
 * the viewport top (the reader is inside it). Before the first heading: none.
 * At the bottom of the page, the last heading that is visible wins, so short final
 * sections can still become current.
 */
export function currentHeading(
  positions: readonly HeadingPosition[],
  offset: number,
  atBottom = false,
  viewportHeight = Infinity,
): string | undefined {
  let current: string | undefined;
  for (const p of positions) {
    if (p.top <= offset) current = p.id;
    else break;
  }
  if (atBottom) {
    for (let i = positions.length - 1; i >= 0; i--) {
      const p = positions[i]!;
      if (p.top < viewportHeight) return p.id;
    }
  }
  return current;
}

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The h2/h3 headings the contents list shows (Astro gives every depth). */
export function tocHeadings(headings: readonly TocHeading[], minDepth = 2, maxDepth = 3): TocHeading[] {
  return headings.filter((h) => h.depth >= minDepth && h.depth <= maxDepth && h.slug !== '');
}
