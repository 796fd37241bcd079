// Every chapter's notebook (src/utils/notebook.ts, served at /notebooks/<slug>.ipynb) is
// valid nbformat 4.5 — checked by the nbformat package's own validator — and its code
// cells, run in order in one namespace, print exactly the outputs it stores. Without
// python3 + numpy + nbformat the checks are skipped with the reason, except in CI
// (CI=true or REQUIRE_NUMPY=1), where that is a failure (.ci/run installs them).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterNotebook, hasListings, absoluteLinks, stripFrontmatter, type Notebook } from '../../src/utils/notebook';
import { extractListings, mdxBlocks } from '../../src/utils/mdx-blocks';
import { chapterSlug } from '../../src/utils/slug';
import { compareOutput } from '../support/listings';
import { runCells } from '../support/python-cells';
import { numpyRequired, pythonWithNumpy } from '../support/python';

const chaptersDir = join(process.cwd(), 'content', 'chapters');
const files = readdirSync(chaptersDir)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const py = pythonWithNumpy();

/** The first interpreter that has nbformat ($PYTHON, python3, then Debian's /usr/bin/python3). */
function pythonWithNbformat(): string | undefined {
  for (const python of [process.env.PYTHON, 'python3', '/usr/bin/python3']) {
    if (!python) continue;
    const r = spawnSync(python, ['-c', 'import nbformat'], { encoding: 'utf8', timeout: 30_000 });
    if (!r.error && r.status === 0) return python;
  }
  return undefined;
}
const nbPython = pythonWithNbformat();

// Validates every notebook in one process (importing nbformat takes most of a second).
const VALIDATE = `
import json, sys, nbformat
verdicts = []
for text in json.load(sys.stdin):
    try:
        nb = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
        assert nb.nbformat == 4 and nb.nbformat_minor == 5, (nb.nbformat, nb.nbformat_minor)
        nbformat.validate(nb, version=4, version_minor=5)
        verdicts.append("valid")
    except Exception as e:
        verdicts.append("%s: %s" % (type(e).__name__, e))
json.dump(verdicts, sys.stdout)
`;

function frontmatter(source: string, key: string): string {
  const m = new RegExp(`^${key}:\\s*(.*)$`, 'm').exec(source.split(/^---$/m)[1] ?? '');
  return (m?.[1] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
}

function notebookOf(file: string, index: number): Notebook {
  const source = readFileSync(join(chaptersDir, file), 'utf8');
  const slug = chapterSlug(file);
  return chapterNotebook({
    slug,
    title: frontmatter(source, 'title'),
    description: frontmatter(source, 'description'),
    number: index + 1,
    source,
    pageUrl: `https://example.org/downhill/chapters/${slug}/`,
    base: '/downhill/',
  });
}

describe('notebook builder', () => {
  it('reads headings, prose, fences and MDX syntax apart', () => {
    const blocks = mdxBlocks(
      [
        "import Quiz from '~/components/quiz/Quiz.tsx';",
        '',
        '## Start here',
        'Some prose',
        'over two lines:',
        '',
        '$$',
        'a = b',
        '$$',
        '',
        '<Widget client:visible />',
        '',
        '<Quiz',
        '  id="x"',
        '  questions={[{ a: 1 }]}',
        '/>',
        '',
        '```python',
        'print(1)',
        '```',
        '',
        '```text',
        '1',
        '```',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['mdx', 'heading', 'prose', 'prose', 'mdx', 'mdx', 'code', 'code']);
    expect(blocks[6]).toMatchObject({ kind: 'code', lang: 'python', code: 'print(1)\n', line: 18 });
  });

  it('pairs a listing with the text block that follows it, and only that one', () => {
    const mdx =
      '```python\nprint(2)\n```\n\n```text\n2\n```\n\nprose\n\n```python\nx = 1\n```\n\nmore prose\n\n```text\nnot output\n```\n';
    const listings = extractListings(mdx);
    expect(listings).toEqual([
      { line: 1, code: 'print(2)\n', expected: '2\n' },
      { line: 11, code: 'x = 1\n' },
    ]);
  });

  it('keeps line numbers when it strips frontmatter', () => {
    const src = '---\ntitle: T\n---\n\n```python\nprint(1)\n```\n';
    expect(stripFrontmatter(src).split('\n')[4]).toBe('```python');
    expect(extractListings(stripFrontmatter(src))[0]!.line).toBe(5);
  });

  it('makes root-relative and in-page links absolute', () => {
    const page = 'https://example.org/downhill/chapters/a/';
    expect(absoluteLinks('see [b](/chapters/b/#x) and [c](#c) and [d](https://d.org/)', page, '/downhill/')).toBe(
      'see [b](https://example.org/downhill/chapters/b/#x) and [c](https://example.org/downhill/chapters/a/#c) and [d](https://d.org/)',
    );
  });

  for (const [index, file] of files.entries()) {
    const source = readFileSync(join(chaptersDir, file), 'utf8');
    if (!hasListings(source)) continue;
    it(`${file}: holds every listing in page order with its stated output, and unique cell ids`, () => {
      const nb = notebookOf(file, index);
      const code = nb.cells.filter((c) => c.cell_type === 'code');
      const listings = extractListings(source);
      expect(code.map((c) => c.source + '\n')).toEqual(listings.map((l) => l.code));
      expect(code.map((c) => c.outputs?.[0]?.text)).toEqual(listings.map((l) => l.expected));
      const ids = nb.cells.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      // Readable: every heading of the chapter has its cell, and nothing of MDX leaks in.
      const headings = mdxBlocks(stripFrontmatter(source)).filter((b) => b.kind === 'heading' && b.depth > 1);
      expect(nb.cells.filter((c) => c.cell_type === 'markdown' && /^#{2,6} /.test(c.source))).toHaveLength(
        headings.length,
      );
      for (const c of nb.cells.filter((c) => c.cell_type === 'markdown')) {
        expect(c.source).not.toMatch(/^(import|export) |client:visible|<Quiz|\]\(\//m);
      }
    });
  }
});

describe('chapter notebooks', () => {
  it('python3 with numpy and nbformat is available (required in CI)', () => {
    const missing = [
      !py.available && py.reason,
      !nbPython && 'no python3 with nbformat (Debian: python3-nbformat)',
    ].filter(Boolean);
    if (missing.length && numpyRequired) throw new Error(`required here: ${missing.join('; ')}`);
    if (missing.length) console.warn(`Skipping notebook checks: ${missing.join('; ')}`);
  });

  const notebooks = files
    .map((file, index) => ({ file, index }))
    .filter(({ file }) => hasListings(readFileSync(join(chaptersDir, file), 'utf8')))
    .map(({ file, index }) => ({ file, nb: notebookOf(file, index) }));
  let verdicts: string[] | undefined;
  /** nbformat's verdict on every notebook ("valid" or the error), asked once. */
  const validated = (): string[] => {
    if (verdicts) return verdicts;
    const input = JSON.stringify(notebooks.map(({ nb }) => JSON.stringify(nb)));
    const r = spawnSync(nbPython!, ['-c', VALIDATE], { input, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr, 'nbformat.validate').toBe('');
    return (verdicts = JSON.parse(r.stdout) as string[]);
  };

  for (const [n, { file, nb }] of notebooks.entries()) {
    it.skipIf(!nbPython)(`${file}: is valid nbformat 4.5`, () => {
      expect(validated()[n]).toBe('valid');
    });

    it.skipIf(!py.available)(`${file}: its cells run in order and print the stored outputs`, () => {
      const code = nb.cells.filter((c) => c.cell_type === 'code');
      // A cell's source is a listing without its last newline (checked above).
      const results = runCells(
        py.python,
        code.map((c) => `${c.source}\n`),
      );
      expect(results).toHaveLength(code.length);
      code.forEach((cell, i) => {
        expect(results[i]!.error, `cell ${cell.id} raised`).toBeUndefined();
        const stored = cell.outputs?.[0]?.text;
        if (stored !== undefined) {
          expect(
            compareOutput(results[i]!.stdout, stored),
            `cell ${cell.id}\n--- printed ---\n${results[i]!.stdout}\n--- stored ---\n${stored}`,
          ).toBeUndefined();
        } else {
          expect(results[i]!.stdout, `cell ${cell.id} prints but stores no output`).toBe('');
        }
      });
    });
  }
});
