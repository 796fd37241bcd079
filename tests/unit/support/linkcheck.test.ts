import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../support/linkcheck.mjs';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'linkcheck-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts a consistent site under the base path', () => {
    const dir = site({
      'index.html': '<a href="/b/one/">one</a><a href="/b/one/#intro">intro</a><link rel="stylesheet" href="/b/s.css">',
      'one/index.html':
        '<h2 id="intro">Intro</h2><a href="../">home</a><a href="https://arxiv.org/abs/1712.09913">paper</a>',
      's.css': 'body { background: url(/b/img.png) }',
      'img.png': 'x',
    });
    expect(checkLinks(dir, '/b/').problems).toEqual([]);
  });

  it('reports missing pages, missing fragments, links outside the base and foreign resources', () => {
    const dir = site({
      'index.html': [
        '<a href="/b/missing/">x</a>',
        '<a href="/b/one/#nope">x</a>',
        '<a href="/one/">x</a>',
        '<script src="https://cdn.example.com/x.js"></script>',
        '<a href="#">x</a>',
      ].join(''),
      'one/index.html': '<p>one</p>',
      's.css': '@font-face { src: url(https://fonts.example.com/f.woff2) }',
    });
    const { problems } = checkLinks(dir, '/b/');
    expect(problems.some((p) => p.includes('/b/missing/') && p.includes('no such file'))).toBe(true);
    expect(problems.some((p) => p.includes('#nope') && p.includes('no element'))).toBe(true);
    expect(problems.some((p) => p.includes('"/one/"') && p.includes('outside the base'))).toBe(true);
    expect(problems.some((p) => p.includes('cdn.example.com') && p.includes('another origin'))).toBe(true);
    expect(problems.some((p) => p.includes('fonts.example.com'))).toBe(true);
    expect(problems.some((p) => p.includes('empty link'))).toBe(true);
    expect(problems).toHaveLength(6);
  });
});
