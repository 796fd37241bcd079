/**
 * The one route-data entry point for pages (underscore: not a route): reads the chapters collection and
 * hands it to the pure helpers in routes.ts. (Imports astro:content, so it is
 * not unit-tested itself; the logic it calls is.)
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterRoute, orderedChapters, type ChapterLink, type ChapterRoute } from '../utils/routes';

export type ChapterEntry = CollectionEntry<'chapters'>;

/** Drafts show in `astro dev` only. */
const includeDrafts = import.meta.env.DEV;

export async function chapterEntries(): Promise<ChapterEntry[]> {
  return getCollection('chapters', (e) => includeDrafts || !e.data.draft);
}

export async function chapterList(): Promise<ChapterLink[]> {
  return orderedChapters(await chapterEntries(), includeDrafts);
}

export async function routeFor(slug: string): Promise<ChapterRoute> {
  return chapterRoute(await chapterEntries(), slug, includeDrafts);
}
