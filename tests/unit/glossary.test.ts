// The glossary and the chapters agree: every link a chapter makes to /glossary/#… names a term,
// every term links somewhere (a chapter that uses it, or a page that puts it to work), and
// the term data are well formed.
import { readdirSync, readFileSync } from 'node:fs';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../content/glossary/terms';
import { glossaryAnchors, proseSections, termUses, withHeadingIds } from '~/utils/glossary';
import { chapterSlug } from '~/utils/slug';

const dir = new URL('../../content/chapters/', import.meta.url);
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f, order) => ({ file: f, slug: chapterSlug(f), title: f, order, text: readFileSync(new URL(f, dir), 'utf8') }));
const ids = new Set(GLOSSARY.map((t) => t.id));

describe('glossary', () => {
  it('has unique, URL-safe anchors, and every "see" names a term', () => {
    expect(ids.size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) {
      expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      for (const s of t.see ?? []) expect(ids.has(s), `${t.id} sees ${s}`).toBe(true);
      expect(t.definition.length).toBeGreaterThan(40);
    }
  });

  it('has TeX that KaTeX renders', () => {
    for (const t of GLOSSARY) {
      const parts = t.definition.split('$');
      expect(parts.length % 2, `${t.id}: unbalanced $`).toBe(1);
      for (let k = 1; k < parts.length; k += 2)
        expect(() => katex.renderToString(parts[k]!, { throwOnError: true })).not.toThrow();
      if (t.formula)
        expect(() => katex.renderToString(t.formula!, { throwOnError: true, displayMode: true })).not.toThrow();
    }
  });

  it('every chapter link to a glossary anchor names a term', () => {
    const broken = chapters.flatMap((c) =>
      glossaryAnchors(c.text)
        .filter((a) => !ids.has(a))
        .map((a) => `${c.file}: /glossary/#${a}`),
    );
    expect(broken).toEqual([]);
  });

  it('every term is used by a chapter or links to a page that puts it to work', () => {
    const uses = termUses(
      GLOSSARY,
      chapters.map((c) => ({ ...c, sections: withHeadingIds(proseSections(c.text), []) })),
    );
    const orphans = GLOSSARY.filter((t) => uses.get(t.id)!.length === 0 && (t.pages ?? []).length === 0).map(
      (t) => t.id,
    );
    expect(orphans).toEqual([]);
  });
});

describe('glossary helpers', () => {
  const mdx = [
    '---',
    'title: loss',
    '---',
    "import W from '~/widgets/x';",
    'Intro about nothing.',
    '## The loss',
    'A <W id="gradient" /> figure.',
    '```python',
    'gradient = 1',
    '```',
    '### Slopes',
    'The [gradient](/glossary/#gradient) and the [loss](/glossary/#loss-function "x").',
  ].join('\n');

  it('splits prose by h2/h3 and drops frontmatter, imports, code and tags', () => {
    const s = proseSections(mdx);
    expect(s.map((x) => [x.level, x.heading])).toEqual([
      [0, ''],
      [2, 'The loss'],
      [3, 'Slopes'],
    ]);
    expect(s[0]!.prose).not.toMatch(/title|import/);
    expect(s[1]!.prose).not.toMatch(/gradient/);
  });

  it('finds the first section of each chapter that uses a term, with its heading id', () => {
    const sections = withHeadingIds(proseSections(mdx), ['the-loss', 'slopes']);
    const uses = termUses(
      [
        { id: 'gradient', match: ['\\bgradient\\b'] },
        { id: 'none', match: ['\\bsaddle\\b'] },
      ],
      [
        { slug: 'b', title: 'B', order: 2, sections },
        { slug: 'a', title: 'A', order: 1, sections },
      ],
    );
    expect(uses.get('gradient')).toEqual([
      { slug: 'a', title: 'A', order: 1, sectionId: 'slopes', heading: 'Slopes' },
      { slug: 'b', title: 'B', order: 2, sectionId: 'slopes', heading: 'Slopes' },
    ]);
    expect(uses.get('none')).toEqual([]);
    expect(withHeadingIds(proseSections(mdx), ['only-one']).every((s) => s.id === null)).toBe(true);
  });

  it('reads glossary anchors from Markdown links and href attributes', () => {
    expect(glossaryAnchors(`${mdx}\n<a href="/glossary/#saddle-point">s</a>`)).toEqual([
      'gradient',
      'loss-function',
      'saddle-point',
    ]);
  });
});
