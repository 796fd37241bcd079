// Content collections. Chapters live outside src/ in content/chapters/NN-slug.mdx;
// the entry id is the slug (order prefix dropped), which is also the URL segment.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './utils/chapter-schema';
import { chapterSlug } from './utils/slug';

const chapters = defineCollection({
  loader: glob({
    base: './content',
    pattern: 'chapters/*.mdx',
    generateId: ({ entry }) => chapterSlug(entry),
  }),
  schema: chapterSchema,
});

export const collections = { chapters };
