/**
 * Route data for chapter pages: the ordered chapter list, the current chapter and
 * its neighbours. Pure: takes plain entries so it is testable without Astro.
 */
import { chapterPath } from './slug';

export interface ChapterEntryLike {
  /** The collection id; the content config makes it the chapter slug. */
  id: string;
  data: { title: string; description: string; order: number; goals: string[]; draft?: boolean | undefined };
}

export interface ChapterLink {
  slug: string;
  /** Path before the base: "/chapters/slug/". Pass it through withBase() for an href. */
  path: string;
  title: string;
  description: string;
  order: number;
  goals: string[];
}

export interface ChapterRoute {
  chapters: ChapterLink[];
  current: ChapterLink;
  index: number;
  prev: ChapterLink | undefined;
  next: ChapterLink | undefined;
}

/** Chapters that are published (drafts only appear when `includeDrafts`), ordered by `order` then slug. */
export function orderedChapters(entries: readonly ChapterEntryLike[], includeDrafts = false): ChapterLink[] {
  const seen = new Map<number, string>();
  const list = entries
    .filter((e) => includeDrafts || !e.data.draft)
    .map((e) => ({
      slug: e.id,
      path: chapterPath(e.id),
      title: e.data.title,
      description: e.data.description,
      order: e.data.order,
      goals: [...e.data.goals],
    }))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  for (const c of list) {
    const other = seen.get(c.order);
    if (other !== undefined) throw new Error(`Chapters "${other}" and "${c.slug}" both have order ${c.order}`);
    seen.set(c.order, c.slug);
  }
  return list;
}

/** The route data of one chapter page. Throws when `slug` is not a published chapter. */
export function chapterRoute(entries: readonly ChapterEntryLike[], slug: string, includeDrafts = false): ChapterRoute {
  const chapters = orderedChapters(entries, includeDrafts);
  const index = chapters.findIndex((c) => c.slug === slug);
  const current = chapters[index];
  if (!current) throw new Error(`No chapter with slug "${slug}"`);
  return { chapters, current, index, prev: chapters[index - 1], next: chapters[index + 1] };
}
