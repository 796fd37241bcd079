// Content collections. Chapters live outside src/ in content/chapters/NN-slug.mdx;
// the entry id is the slug (order prefix dropped), which is also the URL segment.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { chapterSlug } from './utils/slug';

const chapters = defineCollection({
  loader: glob({
    base: './content',
    pattern: 'chapters/*.mdx',
    generateId: ({ entry }) => chapterSlug(entry),
  }),
  schema: z
    .object({
      title: z.string().trim().min(1, 'title must not be empty'),
      description: z.string().trim().min(1, 'description must be one line of text'),
      order: z.number().int('order must be an integer').nonnegative(),
      goals: z.array(z.string().trim().min(1)).nonempty('goals must list at least one learning goal'),
      draft: z.boolean().optional(),
    })
    .strict(),
});

export const collections = { chapters };
