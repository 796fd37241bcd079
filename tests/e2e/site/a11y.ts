// axe-core: no WCAG 2.1 A/AA violation on any page, in one theme (a11y-light/-dark.test.ts
// call this, so two test workers share the work), at desktop and phone widths (search
// results open too). A page is checked as a reader who has scrolled through it sees it:
// every widget hydrated (this is also the widget kit's axe check, docs/widget-kit.md).
import { describe, expect, it } from 'vitest';
import { allPagePaths, axeViolations, usePage, useBrowser } from '../../support/site';
import { discover, hydrate } from '../../support/widgets';

export function a11yTests(colorScheme: 'light' | 'dark'): void {
  describe(`accessibility (axe, WCAG 2.1 AA), ${colorScheme} theme`, () => {
    const b = useBrowser();
    // One page for the file's loads (nothing here stores state: the theme comes from the system).
    const tab = usePage(b);

    const widgetsOf = new Map(discover().map((p) => [p.path, p.ids]));

    // One test per page: widget-heavy chapters take a while to analyse.
    for (const path of allPagePaths()) {
      const ids = widgetsOf.get(path) ?? [];
      it(`/${path} in the ${colorScheme} theme${ids.length ? ', every widget hydrated' : ''}`, async () => {
        const v = await tab.open(path, { colorScheme });
        expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        for (const id of ids) await hydrate(v.page, id);
        expect(await axeViolations(v.page)).toEqual([]);
        await v.close();
      });
    }

    it(`phone width with the menu open, ${colorScheme} theme`, async () => {
      const path = allPagePaths().find((p) => p.startsWith('chapters/'));
      if (!path) return;
      const v = await tab.open(path, { colorScheme, viewport: { width: 360, height: 740 } });
      await v.page.locator('#menu-toggle').click();
      expect.soft(await axeViolations(v.page), `/${path} menu (${colorScheme})`).toEqual([]);
      await v.close();
    });

    it(`search results, ${colorScheme} theme`, async () => {
      const v = await tab.open('', { colorScheme });
      await v.page.locator('#site-search').fill('loss');
      await v.page.waitForFunction(() =>
        /result/.test(document.querySelector('#search-results .search-status')?.textContent ?? ''),
      );
      expect.soft(await axeViolations(v.page), `search (${colorScheme})`).toEqual([]);
      await v.close();
    });
  });
}
