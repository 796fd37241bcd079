// The built site has no broken internal link, asset or #fragment under the
// base path, and loads nothing from another origin (checked statically over
// dist/ and again at run time in Chromium).
import { describe, expect, it, inject } from 'vitest';
import { checkLinks } from '../support/linkcheck.mjs';
import { allPagePaths, useBrowser, usePage } from '../support/site';

describe('links', () => {
  it('every internal link, asset and #fragment in dist resolves under the base path', () => {
    const { problems, pages, links } = checkLinks(inject('siteDir'), inject('siteBase'));
    expect(pages).toBeGreaterThan(1);
    expect(links).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  const b = useBrowser();
  const tab = usePage(b);
  it('no page requests anything from another origin at run time', async () => {
    const foreign: string[] = [];
    for (const path of allPagePaths()) {
      // Every request from the first one on (tab.open records them from before navigating).
      const v = await tab.open(path);
      // Scroll through so lazily hydrated islands load their code too (a frame
      // per step lets their IntersectionObservers fire).
      await v.page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      });
      await v.page.waitForLoadState('networkidle');
      const origin = new URL(v.page.url()).origin;
      for (const url of v.requests) {
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          foreign.push(`${path}: ${url}`);
        }
      }
      expect(v.requests.length, `requests on /${path}`).toBeGreaterThan(0);
      await v.close();
    }
    expect(foreign).toEqual([]);
  });
});
