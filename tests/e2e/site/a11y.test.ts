// axe-core: no WCAG 2.1 A/AA violation on any page, in either theme, at desktop and phone
// widths (search results and the phone menu open too). A page is checked as a reader who has
// scrolled through it sees it: every island hydrated. Pages with widgets are checked in the
// load the widget kit's tests already make of them, with every widget hydrated
// (widgets/kit.ts); this file checks the others. Each page loads once, is checked in the light
// theme, then in the dark one (tests/support/axe-themes.ts). The same load checks the page's
// Content Security Policy in the browser (see csp.test.ts).
import { describe, expect, it } from 'vitest';
import { allPagePaths, axeViolations, foreignRequests, usePage, useBrowser } from '../../support/site';
import { bothThemes } from '../../support/axe-themes';
import { discover, hydrateWholePage } from '../../support/widgets';

describe('accessibility (axe, WCAG 2.1 AA), light and dark themes', () => {
  const b = useBrowser();
  // One page for the file's loads (nothing here stores state: the theme comes from the system).
  const tab = usePage(b);

  const withWidgets = new Set(discover().map((p) => p.path));
  const pages = allPagePaths().filter((p) => !withWidgets.has(p));

  it('leaves only the pages with widgets to the widget kit’s tests', () => {
    expect(withWidgets.size).toBeGreaterThan(0);
    expect(pages).toContain('');
  });

  it('reports a violation planted in a page (the check can fail)', async () => {
    const v = await tab.open('');
    await v.page.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'faint text';
      faint.style.color = '#eee';
      document.querySelector('main')!.append(faint);
    });
    expect(await axeViolations(v.page)).toEqual([expect.stringMatching(/^color-contrast /)]);
    await v.close();
  });

  for (const path of pages) {
    it(`/${path} in both themes; no CSP violation`, async () => {
      const v = await tab.open(path);
      expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await hydrateWholePage(v.page);
      expect(await bothThemes(v.page)).toEqual({ light: [], dark: [] });
      expect(await v.cspViolations(), 'CSP violations').toEqual([]);
      // Every island's code has loaded by now (hydrateWholePage): nothing came from elsewhere.
      await v.page.waitForLoadState('networkidle');
      expect(foreignRequests(v.requests), 'requests to another origin').toEqual([]);
      await v.close();
    });
  }

  it('phone width with the menu open, both themes', async () => {
    const path = allPagePaths().find((p) => p.startsWith('chapters/'));
    if (!path) return;
    const v = await tab.open(path, { viewport: { width: 360, height: 740 } });
    await v.page.locator('#menu-toggle').click();
    expect(await bothThemes(v.page), `/${path} menu`).toEqual({ light: [], dark: [] });
    await v.close();
  });

  it('search results, both themes', async () => {
    const v = await tab.open('');
    await v.page.locator('#site-search').fill('loss');
    await v.page.waitForFunction(() =>
      /result/.test(document.querySelector('#search-results .search-status')?.textContent ?? ''),
    );
    expect(await bothThemes(v.page), 'search').toEqual({ light: [], dark: [] });
    await v.close();
  });
});
