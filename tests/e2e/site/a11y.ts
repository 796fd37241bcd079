// axe-core: no WCAG 2.1 A/AA violation on any page, in either theme, at desktop and phone
// widths (search results open too). a11y-1/-2.test.ts each check half of the pages, so two
// test workers share the work. A page is checked as a reader who has scrolled through it
// sees it: every widget hydrated (this is also the widget kit's axe check,
// docs/widget-kit.md). Each page loads once: checked in the light theme, then switched to
// the dark one as a reader's system would switch it (the site follows prefers-color-scheme
// live, and every colour is a CSS custom property), and checked again: the rules about colour,
// the only ones a theme can change. The same load checks the page's Content Security Policy in
// the browser (see csp.test.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allPagePaths, axeViolations, usePage, useBrowser } from '../../support/site';
import { hydrateWholePage, STARTS_WORKERS, useWatchedPage } from '../../support/csp-watch';
import { discover, driveByKeyboard, hydrate } from '../../support/widgets';

/** Switch the page's system theme and wait until the site follows it and has repainted. */
async function showTheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, colorScheme);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * The axe rules whose answer depends on colours: the only ones a theme can change, since
 * switching it changes no element, text or attribute the other rules read (checked below).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The body's markup, but for the theme toggle's pressed state (which follows the theme). */
function markup(page: Page): Promise<string> {
  return page.evaluate(() => document.body.outerHTML.replace(/ aria-pressed="(true|false)"/, ''));
}

/**
 * axe in the light theme, then in the dark one, on the page as it is: every WCAG rule in the
 * light theme, the colour rules in the dark one, after checking that the switch changed nothing
 * but colours.
 */
async function bothThemes(page: Page, include?: string): Promise<Record<'light' | 'dark', string[]>> {
  await showTheme(page, 'light');
  const light = await axeViolations(page, include);
  const before = await markup(page);
  await showTheme(page, 'dark');
  expect(await markup(page), 'the dark theme changes only colours').toBe(before);
  const dark = await axeViolations(page, include, COLOUR_RULES);
  return { light, dark };
}

/** Define the axe tests for every `of`-th page, starting with number `shard` (1-based). */
export function a11yTests(shard: number, of: number): void {
  describe('accessibility (axe, WCAG 2.1 AA), light and dark themes', () => {
    const b = useBrowser();
    // One page for the file's loads (nothing here stores state: the theme comes from the system).
    const tab = usePage(b);

    const widgetsOf = new Map(discover().map((p) => [p.path, p.ids]));
    const mine = allPagePaths().filter((_, i) => i % of === shard - 1);

    // One test per page: widget-heavy chapters take a while to analyse. The page's Content
    // Security Policy is checked in the same load (csp.test.ts has the rest of those checks):
    // every island hydrated, a widget driven by keyboard (one that starts a Web Worker where
    // there is one), no violation reported and no request to another origin.
    const openWatched = useWatchedPage(b);
    for (const path of mine) {
      const ids = widgetsOf.get(path) ?? [];
      const driven = ids.find((id) => STARTS_WORKERS.includes(id)) ?? ids[0];
      const what = `${ids.length ? ', every widget hydrated' : ''}; no CSP violation${driven ? ` with #${driven} driven by keyboard` : ''}`;
      it(`/${path} in both themes${what}`, async () => {
        const v = await openWatched(path);
        expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
        await hydrateWholePage(v.page);
        for (const id of ids) await hydrate(v.page, id);
        expect(await bothThemes(v.page)).toEqual({ light: [], dark: [] });
        if (driven) {
          await hydrate(v.page, driven);
          expect(await driveByKeyboard(v.page, driven), `#${driven} by keyboard`).toBeGreaterThan(0);
        }
        expect(await v.violations(), 'CSP violations').toEqual([]);
        // Every island's code has loaded by now (hydrateWholePage): nothing came from elsewhere.
        await v.page.waitForLoadState('networkidle');
        expect(v.foreignRequests(), 'requests to another origin').toEqual([]);
        await v.close();
      });
    }

    if (shard === 1) {
      it('phone width with the menu open, both themes', async () => {
        const path = allPagePaths().find((p) => p.startsWith('chapters/'));
        if (!path) return;
        const v = await tab.open(path, { viewport: { width: 360, height: 740 } });
        await v.page.locator('#menu-toggle').click();
        expect(await bothThemes(v.page), `/${path} menu`).toEqual({ light: [], dark: [] });
        await v.close();
      });
    }

    if (shard === of) {
      it('search results, both themes', async () => {
        const v = await tab.open('');
        await v.page.locator('#site-search').fill('loss');
        await v.page.waitForFunction(() =>
          /result/.test(document.querySelector('#search-results .search-status')?.textContent ?? ''),
        );
        expect(await bothThemes(v.page), 'search').toEqual({ light: [], dark: [] });
        await v.close();
      });
    }
  });
}
