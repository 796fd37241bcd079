// Link check over a built site: every internal link, asset and #fragment must
// resolve under the base path, and nothing may be loaded from another origin
// at run time (scripts, styles, fonts, images: all self-hosted). Links out
// (<a href="https://…">) are allowed: they load nothing until clicked.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';

const LOCAL = 'http://site.invalid';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** URL path of a file inside dist: dist/chapters/x/index.html → /base/chapters/x/index.html */
function urlPathOf(distDir, file, base) {
  return base + relative(distDir, file).split(sep).join('/');
}

/** The dist file a site path points at, or undefined. */
function fileFor(distDir, base, pathname) {
  if (!pathname.startsWith(base)) return undefined;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const candidate = join(distDir, rel);
  if (rel === '' || rel.endsWith('/')) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

/**
 * @param {string} distDir the built site
 * @param {string} base the base path it was built with, e.g. "/downhill/"
 * @returns {{ problems: string[], pages: number, links: number }}
 */
export function checkLinks(distDir, base) {
  const files = walk(distDir);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const cssFiles = files.filter((f) => f.endsWith('.css'));
  const idsByFile = new Map();
  const docs = new Map();
  for (const file of htmlFiles) {
    const dom = new JSDOM(readFileSync(file, 'utf8'));
    const doc = dom.window.document;
    docs.set(file, doc);
    const ids = new Set();
    for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id'));
    for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name'));
    idsByFile.set(file, ids);
  }

  const problems = [];
  let links = 0;

  function checkUrl(raw, fromFile, kind, isResource) {
    links++;
    const where = `${relative(distDir, fromFile)}: ${kind} "${raw}"`;
    const value = raw.trim();
    if (value === '' || value === '#') return problems.push(`${where}: empty link`);
    if (/^(mailto:|tel:|data:)/i.test(value)) return;
    if (/^javascript:/i.test(value)) return problems.push(`${where}: javascript: URL`);
    const pageUrl = new URL(urlPathOf(distDir, fromFile, base), LOCAL);
    let url;
    try {
      url = new URL(value, pageUrl);
    } catch {
      return problems.push(`${where}: not a URL`);
    }
    if (url.origin !== LOCAL) {
      if (isResource) problems.push(`${where}: loaded from another origin`);
      return;
    }
    if (!url.pathname.startsWith(base)) return problems.push(`${where}: outside the base path ${base}`);
    const target = fileFor(distDir, base, url.pathname);
    if (!target) return problems.push(`${where}: no such file in the build`);
    if (url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsByFile.get(target)?.has(id)) problems.push(`${where}: no element with id "${id}" on the target page`);
    }
  }

  const ATTRS = [
    ['a[href]', 'href', false],
    ['area[href]', 'href', false],
    ['link[href]', 'href', true],
    ['script[src]', 'src', true],
    ['img[src]', 'src', true],
    ['source[src]', 'src', true],
    ['video[src]', 'src', true],
    ['audio[src]', 'src', true],
    ['iframe[src]', 'src', true],
    ['object[data]', 'data', true],
  ];
  for (const [file, doc] of docs) {
    for (const [selector, attr, isResource] of ATTRS) {
      for (const el of doc.querySelectorAll(selector)) {
        // <link rel="canonical"/"alternate"> name a URL; they load nothing.
        const rel = (el.getAttribute('rel') ?? '').toLowerCase();
        const resource = isResource && !/canonical|alternate|sitemap/.test(rel);
        if (selector.startsWith('link') && /canonical|alternate/.test(rel)) continue;
        checkUrl(el.getAttribute(attr), file, selector, resource);
      }
    }
    for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
      for (const part of el.getAttribute('srcset').split(',')) {
        const u = part.trim().split(/\s+/)[0];
        if (u) checkUrl(u, file, 'srcset', true);
      }
    }
    for (const el of doc.querySelectorAll('[style]')) {
      for (const m of el.getAttribute('style').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        checkUrl(m[1], file, 'inline style url()', true);
      }
    }
    for (const el of doc.querySelectorAll('style')) {
      for (const m of el.textContent.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
        checkUrl(m[1], file, '<style> url()', true);
      }
    }
  }
  for (const file of cssFiles) {
    const css = readFileSync(file, 'utf8');
    for (const m of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (m[1].startsWith('data:') || m[1].startsWith('#')) continue;
      checkUrl(m[1], file, 'css url()', true);
    }
    for (const m of css.matchAll(/@import\s+['"]([^'"]+)['"]/g)) checkUrl(m[1], file, 'css @import', true);
  }
  return { problems, pages: htmlFiles.length, links };
}
