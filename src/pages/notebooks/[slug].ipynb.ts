// Every chapter with Python listings as a Jupyter notebook at /notebooks/<slug>.ipynb,
// made at build time from the chapter's MDX (src/utils/notebook.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterEntries, routeFor, type ChapterEntry } from '../_chapters';
import { chapterNotebook, hasListings } from '../../utils/notebook';
import { chapterPath } from '../../utils/slug';
import { withBase } from '../../utils/base';

export const getStaticPaths = (async () => {
  const entries = await chapterEntries();
  return entries
    .filter((e) => hasListings(e.body ?? ''))
    .map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: ChapterEntry };
  const route = await routeFor(entry.id);
  const pageUrl = new URL(withBase(chapterPath(entry.id)), site ?? 'http://localhost:4321').href;
  const notebook = chapterNotebook({
    slug: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    number: route.index + 1,
    source: entry.body ?? '',
    pageUrl,
    base: import.meta.env.BASE_URL,
  });
  return new Response(JSON.stringify(notebook, null, 1) + '\n', {
    headers: { 'Content-Type': 'application/x-ipynb+json' },
  });
};
