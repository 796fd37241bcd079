/**
 * A chapter as a Jupyter notebook (nbformat 4.5): a title cell, a markdown cell per
 * heading with the first paragraph under it, the paragraph that introduces each
 * listing, and the listings as code cells in page order carrying the output the page
 * states. Pure: the build serves it at /notebooks/<slug>.ipynb and the tests validate
 * it against the nbformat schema and run it.
 */
import { joinBase } from './base';
import { mdxBlocks, type MdxBlock } from './mdx-blocks';

export interface NotebookChapter {
  slug: string;
  title: string;
  description: string;
  /** 1-based chapter number, as the site shows it. */
  number: number;
  /** The MDX source (frontmatter optional). */
  source: string;
  /** Absolute URL of the chapter page; root-relative links are resolved against its origin and base. */
  pageUrl: string;
  /** The site's base path ("/downhill/"), so links written "/chapters/x/" become absolute. */
  base: string;
}

interface Cell {
  cell_type: 'markdown' | 'code';
  id: string;
  metadata: Record<string, never>;
  source: string;
  execution_count?: number | null;
  outputs?: { output_type: 'stream'; name: 'stdout'; text: string }[];
}

export interface Notebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: string; display_name: string; language: string };
    language_info: { name: string };
  };
  cells: Cell[];
}

/** Does this chapter have any Python listing (and so a notebook worth offering)? */
export function hasListings(source: string): boolean {
  return mdxBlocks(stripFrontmatter(source)).some((b) => b.kind === 'code' && isPython(b.lang));
}

export function chapterNotebook(chapter: NotebookChapter): Notebook {
  const blocks = mdxBlocks(stripFrontmatter(chapter.source));
  const cells: Cell[] = [];
  const absolute = (text: string) => absoluteLinks(text, chapter.pageUrl, chapter.base);
  const markdown = (source: string) =>
    cells.push({ cell_type: 'markdown', id: cellId(chapter.slug, cells.length), metadata: {}, source });

  markdown(
    `# ${chapter.title}\n\n${chapter.description}\n\n` +
      `Chapter ${chapter.number} of *Downhill*, an interactive course on loss surfaces and gradient descent: ` +
      `<${chapter.pageUrl}>. Run the cells in order (they need Python 3 with numpy); ` +
      `each stored output is what the page says the cell prints.`,
  );

  let execution = 0;
  let headingOpen = false; // a heading cell waiting for its first paragraph
  const used = new Set<number>(); // prose blocks already in a cell
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      if (b.depth > 1) markdown(`${'#'.repeat(b.depth)} ${absolute(b.text)}`);
      headingOpen = b.depth > 1;
      return;
    }
    if (b.kind === 'prose' && headingOpen) {
      appendToLast(cells, absolute(b.text));
      used.add(i);
      // A paragraph that ends in a colon introduces what follows (usually display maths): keep both.
      headingOpen = /:\s*$/.test(b.text);
      return;
    }
    if (b.kind === 'code' && isPython(b.lang)) {
      headingOpen = false;
      const intro = introducingProse(blocks, i);
      if (intro !== undefined && !used.has(intro)) {
        markdown(absolute((blocks[intro] as { text: string }).text));
        used.add(intro);
      }
      const next = blocks[i + 1];
      const printed = next && next.kind === 'code' && next.lang === 'text' ? next.code : undefined;
      execution++;
      cells.push({
        cell_type: 'code',
        id: cellId(chapter.slug, cells.length),
        metadata: {},
        execution_count: execution,
        source: b.code.replace(/\n$/, ''),
        outputs: printed === undefined ? [] : [{ output_type: 'stream', name: 'stdout', text: printed }],
      });
    }
  });

  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    cells,
  };
}

function isPython(lang: string): boolean {
  return lang === 'python' || lang === 'py';
}

/** The prose block right before a listing (only MDX syntax may stand between), if any. */
function introducingProse(blocks: MdxBlock[], i: number): number | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const b = blocks[j]!;
    if (b.kind === 'prose') return j;
    if (b.kind !== 'mdx') return undefined;
  }
  return undefined;
}

function appendToLast(cells: Cell[], text: string): void {
  const last = cells[cells.length - 1]!;
  last.source += `\n\n${text}`;
}

/** nbformat 4.5 cell ids: 1–64 characters of [A-Za-z0-9_-], unique in the notebook. */
function cellId(slug: string, index: number): string {
  const stem = slug.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 50);
  return `${stem}-${index}`;
}

export function stripFrontmatter(source: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(source);
  // Keep the line count so listing line numbers still point into the file.
  return m ? '\n'.repeat(m[0].split('\n').length - 1) + source.slice(m[0].length) : source;
}

/**
 * Markdown links written root-relative on the site ("](/chapters/x/)", resolved by the
 * build against the base path) point nowhere inside a notebook: make them absolute.
 * In-page anchors ("](#goal)") point at the chapter page.
 */
export function absoluteLinks(text: string, pageUrl: string, base: string): string {
  const origin = new URL(pageUrl).origin;
  return text
    .replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${origin}${joinBase(base, path)})`)
    .replace(/\]\((#[^)\s]*)\)/g, (_, hash: string) => `](${pageUrl}${hash})`);
}

/** The site path (before the base) of a chapter's notebook: "/notebooks/gradient-descent.ipynb". */
export function notebookPath(slug: string): string {
  return `/notebooks/${slug}.ipynb`;
}
