// Header search: "/" focuses, a word from one chapter section finds that chapter
// and links straight to the section; Esc closes the results.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chapterPaths, siteBase, useBrowser, usePage } from '../../support/site';

interface Target {
  word: string;
  path: string;
  id: string;
}

/**
 * Find a word that occurs in exactly one section (text under one heading with an
 * id) of the indexed chapter text, and nowhere else on the site. The built pages
 * are read in the browser (fetched and parsed with DOMParser): jsdom took 3-5 s
 * of the test worker's CPU to parse the chapters, the browser a tenth of that.
 */
function uniqueSectionWord(page: Page): Promise<Target | undefined> {
  return page.evaluate(
    async ({ base, paths }) => {
      const sections: Array<{ path: string; id: string; words: Set<string> }> = [];
      const counts = new Map<string, number>();
      for (const path of paths) {
        // Without its <style> elements (not indexed): parsing one in this page's document
        // reports a violation of the page's own Content Security Policy.
        const html = (await (await fetch(base + path)).text()).replace(/<style\b[\s\S]*?<\/style>/g, '');
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const main = doc.querySelector('[data-pagefind-body]');
        if (!main) continue;
        for (const el of main.querySelectorAll('[data-pagefind-ignore], .katex, pre, script, style, svg')) el.remove();
        let current: { path: string; id: string; words: Set<string> } | undefined;
        const walker = doc.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.nodeType === 1 && /^H[1-6]$/.test((n as Element).tagName) && (n as Element).id) {
            current = { path, id: (n as Element).id, words: new Set() };
            sections.push(current);
          } else if (n.nodeType === 3) {
            for (const w of (n.textContent ?? '').toLowerCase().match(/[a-z]{8,}/g) ?? []) {
              counts.set(w, (counts.get(w) ?? 0) + 1);
              current?.words.add(w);
            }
          }
        }
      }
      for (const s of sections) {
        if (s.id === '' || s.path === '') continue;
        for (const w of s.words) {
          // Stemming can join related words: demand that no other word shares its first 7 letters.
          const stem = w.slice(0, 7);
          const related = [...counts.keys()].filter((k) => k.startsWith(stem));
          if (counts.get(w) === 1 && related.length === 1) return { word: w, path: s.path, id: s.id };
        }
      }
      return undefined;
    },
    { base: siteBase(), paths: chapterPaths() },
  );
}

describe('search', () => {
  const b = useBrowser();
  const tab = usePage(b);

  it('"/" focuses the search box; Esc closes the results', async () => {
    const v = await tab.open('');
    await v.page.locator('body').click({ position: { x: 5, y: 400 } });
    await v.page.keyboard.press('/');
    expect(await v.page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await v.page.keyboard.type('gradient');
    await v.page.locator('#search-results').waitFor({ state: 'visible' });
    await v.page.keyboard.press('Escape');
    await v.page.locator('#search-results').waitFor({ state: 'hidden' });
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('finds the chapter section a word appears in and links to its heading', async () => {
    const v = await tab.open('');
    const target = await uniqueSectionWord(v.page);
    expect(target, 'a word unique to one section').toBeDefined();
    const { word, path, id } = target!;
    await v.page.locator('#site-search').fill(word);
    const expected = `${siteBase()}${path}#${id}`;
    const link = v.page.locator(`#search-results a[href="${expected}"]`);
    await link.waitFor({ state: 'visible', timeout: 10_000 });
    // The page result itself is listed too.
    expect(await v.page.locator(`#search-results a[href="${siteBase()}${path}"]`).count()).toBe(1);
    await link.click();
    await v.page.waitForURL((u) => u.pathname === `${siteBase()}${path}` && u.hash === `#${id}`);
    expect(v.consoleErrors).toEqual([]);
    expect(v.failedRequests).toEqual([]);
    await v.close();
  });

  it('does not index navigation, header or footer', async () => {
    const v = await tab.open('');
    // "Skip to content" (the skip link) and "no external requests" (the footer) are on every
    // page; chapters may use the words elsewhere ("skip connections"), never these phrases.
    for (const [query, phrase] of [
      ['skip', /skip to content/i],
      ['external requests', /no external requests/i],
    ] as const) {
      await v.page.locator('#site-search').fill(query);
      await v.page.locator('#search-results .search-status').waitFor({ state: 'visible' });
      await v.page.waitForFunction(() =>
        /result/.test(document.querySelector('#search-results .search-status')?.textContent ?? ''),
      );
      expect(await v.page.locator('#search-results').innerText()).not.toMatch(phrase);
    }
    await v.close();
  });

  it('loads no search code before the box is used', async () => {
    const v = await tab.open('');
    const before = await v.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(before.some((u) => u.includes('/pagefind/'))).toBe(false);
    await v.page.locator('#site-search').focus();
    await v.page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((r) => r.name.includes('/pagefind/pagefind.js')),
    );
    await v.close();
  });
});

// Each formula is indexed once, as readable MathML text: no TeX source, no glyph-span copy.
describe('search excerpts of math-heavy queries', () => {
  const b = useBrowser();
  const tab = usePage(b);

  for (const query of ['normal equations', 'gradient', 'learning rate']) {
    it(`"${query}": no backslash command and no formula twice`, async () => {
      const v = await tab.open('');
      // A string, so the test runner's transform leaves this dynamic import alone.
      const excerpts: string[] = await v.page.evaluate(`(async () => {
        const pagefind = await import(document.baseURI.replace(/[^/]*$/, '') + 'pagefind/pagefind.js');
        const found = await pagefind.search(${JSON.stringify(query)});
        const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return data.flatMap((r) => [r.excerpt, ...(r.sub_results ?? []).map((s) => s.excerpt)]);
      })()`);
      expect(excerpts.length).toBeGreaterThan(0);
      for (const html of excerpts) {
        const text = html.replace(/<\/?mark>/g, '');
        expect.soft(text, 'TeX command').not.toMatch(/\\[a-zA-Z]+/);
        // The same run of 10+ characters repeated straight after itself (with or without a space).
        expect.soft(text, 'formula twice').not.toMatch(/(\S[^\n]{9,}?)\s?\1/u);
      }
      await v.close();
    });
  }
});
