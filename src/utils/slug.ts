/**
 * Chapter slugs come from file names with the order prefix dropped:
 *   content/chapters/04-gradient-descent.mdx → "gradient-descent".
 * These slugs become URLs that students are linked to, so the rule is fixed.
 */
export function chapterSlug(fileOrId: string): string {
  const name = fileOrId.split(/[\\/]/).pop() ?? '';
  const stem = name.replace(/\.(mdx|md)$/i, '');
  const slug = stem.replace(/^\d+[-_]/, '').toLowerCase();
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`Chapter file name "${name}" must look like NN-words-with-dashes.mdx`);
  }
  return slug;
}

/** The site path (before the base) of a chapter: "/chapters/gradient-descent/". */
export function chapterPath(slug: string): string {
  return `/chapters/${slug}/`;
}
