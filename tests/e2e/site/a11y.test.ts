// axe-core: no WCAG 2.1 A/AA violation on any page, in the light and the dark theme,
// at desktop and phone widths (search results open too).
import { describe, expect, it } from 'vitest';
import { allPagePaths, axeViolations, openPage, useBrowser } from '../../support/site';

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  const b = useBrowser();

  for (const colorScheme of ['light', 'dark'] as const) {
    // One test per page: widget-heavy chapters take a while to analyse.
    for (const path of allPagePaths()) {
      it(`/${path} in the ${colorScheme} theme`, async () => {
        const v = await openPage(b.browser, path, { colorScheme });
        expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
        expect(await axeViolations(v.page)).toEqual([]);
        await v.close();
      });
    }

    it(`phone width with the menu open, ${colorScheme} theme`, async () => {
      const path = allPagePaths().find((p) => p.startsWith('chapters/'));
      if (!path) return;
      const v = await openPage(b.browser, path, { colorScheme, viewport: { width: 360, height: 740 } });
      await v.page.locator('#menu-toggle').click();
      expect.soft(await axeViolations(v.page), `/${path} menu (${colorScheme})`).toEqual([]);
      await v.close();
    });

    it(`search results, ${colorScheme} theme`, async () => {
      const v = await openPage(b.browser, '', { colorScheme });
      await v.page.locator('#site-search').fill('loss');
      await v.page.waitForFunction(() =>
        /result/.test(document.querySelector('#search-results .search-status')?.textContent ?? ''),
      );
      expect.soft(await axeViolations(v.page), `search (${colorScheme})`).toEqual([]);
      await v.close();
    });
  }
});
