// The glossary page: one anchored entry per term, each linking somewhere, and the site search
// answers "what is a basin of attraction?" with the entry itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../content/glossary/terms';
import { siteBase, useBrowser, usePage } from '../../support/site';

describe('glossary', () => {
  const b = useBrowser();
  const tab = usePage(b);
  const noScript = usePage(b, { javaScriptEnabled: false });

  it('has an anchored heading and at least one link out for every term', async () => {
    const v = await tab.open('glossary/');
    const entries = await v.page.locator('.glossary-entry').evaluateAll((els) =>
      els.map((el) => ({
        id: el.querySelector('h2')?.id ?? '',
        out: [...el.querySelectorAll('.glossary-uses a')].filter((a) => !(a.getAttribute('href') ?? '').startsWith('#'))
          .length,
      })),
    );
    expect(entries.map((e) => e.id).sort()).toEqual(GLOSSARY.map((t) => t.id).sort());
    for (const e of entries) expect(e.out, `${e.id} links to nothing`).toBeGreaterThan(0);
    expect(await v.page.locator('main[data-pagefind-body] h1').innerText()).toBe('Glossary');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('skips the entries far below the window, but draws them at a #fragment, without JavaScript and in print', async () => {
    const phone = { viewport: { width: 412, height: 823 } };
    const lastDrawn = (v: { page: Page }): Promise<boolean> =>
      v.page.evaluate(() => {
        const entries = document.querySelectorAll('.glossary-entry');
        const body = entries[entries.length - 1]?.querySelector('.glossary-body');
        if (!body) throw new Error('no glossary entry');
        return body.checkVisibility({ contentVisibilityAuto: true });
      });
    const top = await tab.open('glossary/', phone);
    expect(await lastDrawn(top)).toBe(false);
    // A link to the first entry: far above the last, which is drawn all the same.
    const first = await top.page.locator('.glossary-entry h2').first().getAttribute('id');
    // The switch to print takes effect with the next rendering update: polled.
    await top.page.emulateMedia({ media: 'print' });
    await expect.poll(() => lastDrawn(top)).toBe(true);
    await top.close();
    const atFragment = await tab.open(`glossary/#${first}`, phone);
    expect(await lastDrawn(atFragment)).toBe(true);
    await atFragment.close();
    const without = await noScript.open('glossary/', phone);
    expect(await lastDrawn(without)).toBe(true);
    await without.close();
  });

  it('is found by the site search: "basin of attraction" leads to its entry', async () => {
    const v = await tab.open('');
    await v.page.locator('#site-search').fill('basin of attraction');
    const link = v.page.locator(`#search-results a[href="${siteBase()}glossary/#basin-of-attraction"]`);
    await link.waitFor({ state: 'visible', timeout: 10_000 });
    await link.click();
    await v.page.waitForURL((u) => u.pathname === `${siteBase()}glossary/` && u.hash === '#basin-of-attraction');
    expect(await v.page.locator('#basin-of-attraction').isVisible()).toBe(true);
    await v.close();
  });
});
