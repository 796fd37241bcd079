// The frontmatter every chapter (content/chapters/NN-slug.mdx) must have. Kept apart from
// content.config.ts (which needs Astro's virtual modules) so the tests can check it directly.
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    title: z.string().trim().min(1, 'title must not be empty'),
    description: z.string().trim().min(1, 'description must be one line of text'),
    order: z.number().int('order must be an integer').nonnegative(),
    goals: z.array(z.string().trim().min(1)).nonempty('goals must list at least one learning goal'),
    draft: z.boolean().optional(),
  })
  .strict();
