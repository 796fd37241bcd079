// Sidebar, previous/next, heading anchors and the on-page contents lead where they say.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chapterPaths, fragmentFound, siteBase, useBrowser, usePage } from '../../support/site';
import { discover } from '../../support/widgets';

/**
 * On a chapter page: the sidebar lists every chapter and marks this one current; every
 * chapter h2/h3 with an id has an anchor to itself; following the last one by keyboard
 * scrolls to it. Leaves the page at that heading.
 */
async function sidebarAndAnchors(page: Page, path: string, paths: string[]): Promise<void> {
  const nav = page.locator('nav[aria-label="Chapters"]');
  const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort(), `sidebar on /${path}`).toEqual(paths.map((p) => siteBase() + p).sort());
  const current = nav.locator('a[aria-current="page"]');
  expect(await current.count(), `current chapter on /${path}`).toBe(1);
  expect(await current.getAttribute('href'), `current chapter on /${path}`).toBe(siteBase() + path);
  // Chapter headings (widgets render their own titles, outside the text's outline).
  const heads = await page
    .locator('#content :is(h2, h3)[id]')
    .evaluateAll((hs) =>
      hs
        .filter((h) => !h.closest('.widget'))
        .map((h) => ({ id: h.id, anchor: h.querySelector('a.heading-anchor')?.getAttribute('href') ?? null })),
    );
  expect(heads.length).toBeGreaterThan(0);
  for (const h of heads) expect.soft(h.anchor, `anchor of #${h.id} on /${path}`).toBe(`#${h.id}`);
  const last = heads[heads.length - 1]!;
  await page.locator(`[id="${last.id}"] a.heading-anchor`).focus();
  // Visible on keyboard focus.
  await page.waitForFunction((id) => {
    const a = document.getElementById(id)?.querySelector('a.heading-anchor');
    return a !== null && a !== undefined && getComputedStyle(a).opacity === '1';
  }, last.id);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash === `#${id}`, last.id);
  const { top, atBottom } = await page.locator(`[id="${last.id}"]`).evaluate((h) => ({
    top: h.getBoundingClientRect().top,
    atBottom: window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2,
  }));
  // At the top of the viewport (below the sticky header), unless the page ends first.
  expect(top, `#${last.id} on /${path}`).toBeGreaterThanOrEqual(0);
  expect(top < 300 || (atBottom && top < 900), `#${last.id} on /${path}`).toBe(true);
}

describe('chapter navigation', () => {
  const b = useBrowser();
  // One page for the file's loads (no test here stores state; the one without JavaScript opens its own).
  const tab = usePage(b);

  it('prev/next chain through the chapters in sidebar order; on each, the sidebar lists every chapter, names it and marks it current; every h2/h3 with an id has an anchor to itself, and following it scrolls there', async () => {
    const paths = chapterPaths();
    // Reduced motion: an anchor's jump is instant, not a smooth scroll.
    const v = await tab.open(paths[0]!, { reducedMotion: 'reduce' });
    const sidebar = await v.page.locator('nav[aria-label="Chapters"] a').evaluateAll((as) =>
      as.map((a) => ({
        href: (a as HTMLAnchorElement).href,
        text: a.textContent?.replace(/^\s*\d+\s*/, '').trim() ?? '',
      })),
    );
    const order = sidebar.map((l) => l.href);
    if (v.page.url() !== order[0]) await v.page.goto(order[0]!);
    expect(await v.page.locator('a[rel="prev"]').count()).toBe(0);
    for (let i = 0; i < order.length; i++) {
      if (i > 0) {
        await v.page.locator('a[rel="next"]').click();
        await v.page.waitForURL(order[i]!);
        expect(await v.page.locator('a[rel="prev"]').getAttribute('href')).toBe(new URL(order[i - 1]!).pathname);
      }
      const path = new URL(order[i]!).pathname.slice(siteBase().length);
      // The sidebar link to this page named it.
      expect(await v.page.locator('#content h1').innerText(), `h1 of /${path}`).toBe(sidebar[i]!.text);
      await sidebarAndAnchors(v.page, path, paths);
    }
    expect(await v.page.locator('a[rel="next"]').count()).toBe(0);
    await v.close();
  });

  it('on-page contents link to the headings and mark the section being read', async () => {
    const path = chapterPaths()[0]!;
    const v = await tab.open(path, { reducedMotion: 'reduce' });
    const toc = v.page.locator('nav[aria-label="On this page"]');
    const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(await v.page.locator(`[id="${t.slice(1)}"]`).count()).toBe(1);
    // Scroll so that the second heading is just below the header: it becomes current.
    const pick = targets[Math.min(1, targets.length - 1)]!;
    await v.page.evaluate((id) => {
      const h = document.getElementById(id)!;
      window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 80);
    }, pick.slice(1));
    await v.page.waitForFunction(
      (href) =>
        document.querySelector('nav[aria-label="On this page"] a[aria-current="true"]')?.getAttribute('href') === href,
      pick,
      { timeout: 10_000 },
    );
    expect(await toc.locator('a[aria-current="true"]').count()).toBe(1);
    await v.close();
  });

  // A chapter draws every block while the browser looks for a #fragment's target (blocks off screen
  // are otherwise sized by a guess), then skips those off screen again (FragmentScript.astro): the
  // real sizes are remembered, so the target stays where it landed.
  it('a link to the last figure of the longest chapter lands on it at 1280 and 360 px, and nothing moves once the blocks off screen are skipped again; the same for a link followed in the page', async () => {
    const { path, ids } = discover().reduce((a, p) => (p.ids.length > a.ids.length ? p : a));
    const id = ids[ids.length - 1]!;
    /** The target is near the top of the window, and ten frames later it has not moved. */
    const landsAndStays = async (page: Page, target: string, label: string): Promise<void> => {
      const [landed, later] = await page.evaluate(async (t) => {
        const top = (): number => document.getElementById(t)!.getBoundingClientRect().top;
        const first = top();
        for (let i = 0; i < 10; i++) await new Promise((r) => requestAnimationFrame(r));
        return [first, top()];
      }, target);
      expect(landed, label).toBeGreaterThanOrEqual(0);
      expect(landed, label).toBeLessThan(200);
      expect(Math.abs(later - landed), label).toBeLessThanOrEqual(1);
    };
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 800 },
    ]) {
      const v = await tab.open(`${path}#${id}`, { viewport });
      await fragmentFound(v.page);
      await landsAndStays(v.page, id, `#${id} on /${path} at ${viewport.width} px`);
      await v.close();
    }
    // Followed in the page (at once, with reduced motion): the last heading, from the top.
    const v = await tab.open(path, { reducedMotion: 'reduce' });
    const heading = await v.page.evaluate(() => [...document.querySelectorAll('#content h2[id]')].at(-1)!.id);
    await v.page.evaluate((h) => {
      const a = document.createElement('a');
      a.href = `#${h}`;
      a.textContent = 'to the last heading';
      a.style.cssText = 'position: fixed; top: 0; left: 0; z-index: 100; background: white';
      document.body.append(a);
      a.click();
    }, heading);
    await v.page.waitForFunction((h) => location.hash === `#${h}`, heading);
    await fragmentFound(v.page);
    await landsAndStays(v.page, heading, `#${heading} on /${path}, followed`);
    await v.close();
  });

  it('at 360 px the chapter list is behind a menu button that opens and closes it', async () => {
    const v = await tab.open(chapterPaths()[0]!, { viewport: { width: 360, height: 740 } });
    const nav = v.page.locator('nav[aria-label="Chapters"]');
    const button = v.page.locator('#menu-toggle');
    expect(await nav.isVisible()).toBe(false);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    await v.page.keyboard.press('Escape');
    expect(await nav.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await v.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const v = await tab.open(chapterPaths()[0]!);
    await v.page.keyboard.press('Tab');
    expect(await v.page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
    await v.page.keyboard.press('Enter');
    expect(await v.page.evaluate(() => location.hash)).toBe('#content');
    await v.close();
  });

  it('code blocks have a keyboard-reachable copy button that announces "Copied"', async () => {
    for (const path of chapterPaths()) {
      const v = await tab.open(path);
      if ((await v.page.locator('#content pre.astro-code').count()) === 0) {
        await v.close();
        continue;
      }
      await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const button = v.page.locator('#content .copy-button').first();
      await button.focus();
      await v.page.keyboard.press('Enter');
      // Button text and the live region change together (checked in one go: they reset after a few seconds).
      await v.page.waitForFunction(
        () =>
          document.getElementById('copy-status')?.textContent === 'Copied' &&
          document.querySelector('#content .copy-button')?.textContent === 'Copied',
      );
      const copied = await v.page.evaluate(() => navigator.clipboard.readText());
      const code = await v.page.locator('#content pre.astro-code').first().innerText();
      expect(copied.trim()).toBe(code.trim());
      await v.close();
      return;
    }
  });
});
