/**
 * Where the chapters use each glossary term, found from the chapters' own text so the
 * glossary's links follow the chapters as they change (no hand-kept list), and the links
 * chapters make to the glossary. Pure: the glossary page feeds it the chapters' bodies and
 * heading ids; the unit test feeds it the MDX files.
 */

/** One h2/h3 section of a chapter's prose (index 0 is the text before the first heading). */
export interface ProseSection {
  readonly level: 0 | 2 | 3;
  readonly heading: string;
  readonly prose: string;
}

/** A chapter as the glossary needs it: its sections, with the heading ids the built page has. */
export interface ChapterProse {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
  readonly sections: ReadonlyArray<ProseSection & { readonly id: string | null }>;
}

/** The first section of one chapter that uses a term. */
export interface TermUse {
  readonly slug: string;
  readonly title: string;
  readonly order: number;
  readonly sectionId: string | null;
  readonly heading: string;
}

export interface TermPatterns {
  readonly id: string;
  readonly match: readonly string[];
}

/**
 * Splits an MDX body into its h2/h3 sections, keeping only prose: frontmatter, fenced code,
 * import/export lines and JSX/HTML tags are dropped (a term in a code listing is not a use).
 */
export function proseSections(mdx: string): ProseSection[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const sections: ProseSection[] = [{ level: 0, heading: '', prose: '' }];
  let fence: string | null = null;
  const lines: string[] = [];
  const flush = (): void => {
    const last = sections.pop()!;
    sections.push({ ...last, prose: lines.join('\n').replace(/<[^>]*>/g, ' ') });
    lines.length = 0;
  };
  for (const line of body.split('\n')) {
    const f = /^\s*(```+|~~~+)/.exec(line);
    if (fence !== null) {
      if (f && f[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    const h = /^(##|###)\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      flush();
      sections.push({ level: h[1]!.length as 2 | 3, heading: h[2]!, prose: h[2]! });
      continue;
    }
    lines.push(line);
  }
  flush();
  return sections.map((s, k) => (k > 0 ? { ...s, prose: `${s.heading}\n${s.prose}` } : s));
}

/** For every term, the first section of each chapter whose prose matches it, in chapter order. */
export function termUses(terms: readonly TermPatterns[], chapters: readonly ChapterProse[]): Map<string, TermUse[]> {
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const uses = new Map<string, TermUse[]>();
  for (const term of terms) {
    const patterns = term.match.map((m) => new RegExp(m, 'i'));
    const found: TermUse[] = [];
    for (const c of ordered) {
      const s = c.sections.find((sec) => patterns.some((p) => p.test(sec.prose)));
      if (s) found.push({ slug: c.slug, title: c.title, order: c.order, sectionId: s.id, heading: s.heading });
    }
    uses.set(term.id, found);
  }
  return uses;
}

/** The glossary anchors an MDX body links to ("/glossary/#loss-function" → "loss-function"). */
export function glossaryAnchors(mdx: string): string[] {
  return [...mdx.matchAll(/\/glossary\/#([^\s)"'#>]+)/g)].map((m) => decodeURIComponent(m[1]!));
}

/**
 * Pairs sections with the ids of the page's h2/h3 headings, in order. Returns null ids when
 * the counts differ (a heading written in JSX, say): links then go to the chapter's top.
 */
export function withHeadingIds(
  sections: readonly ProseSection[],
  headingIds: readonly string[],
): Array<ProseSection & { id: string | null }> {
  const headed = sections.filter((s) => s.level > 0).length;
  let k = 0;
  return sections.map((s) => ({ ...s, id: s.level > 0 && headed === headingIds.length ? headingIds[k++]! : null }));
}
