// The glossary page: one anchored entry per term, each linking somewhere, and the site search
// answers "what is a basin of attraction?" with the entry itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../content/glossary/terms';
import { fragmentFound, lastBlock, siteBase, useBrowser, usePage, type SkippedBlock } from '../../support/site';

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

  it('skips the entries far below the window; at a #fragment lays them out once, at their real size, which stays when they are skipped again; draws them without JavaScript and in print', async () => {
    const phone = { viewport: { width: 412, height: 823 } };
    const lastEntry = (v: { page: Page }): Promise<SkippedBlock> => lastBlock(v.page, '.drawn-when-near');
    const top = await tab.open('glossary/', phone);
    // Never drawn: skipped, and sized by the guess, not by its content.
    const guessed = await lastEntry(top);
    expect(guessed.skipped).toBe(true);
    expect(Math.abs(guessed.height - guessed.drawnHeight)).toBeGreaterThan(1);
    // A link to the first entry: far above the last.
    const first = await top.page.locator('.glossary-entry h2').first().getAttribute('id');
    // The switch to print takes effect with the next rendering update: polled.
    await top.page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await lastEntry(top)).skipped).toBe(false);
    await top.close();
    const atFragment = await tab.open(`glossary/#${first}`, phone);
    await fragmentFound(atFragment.page);
    const remembered = await lastEntry(atFragment);
    expect(remembered.skipped).toBe(true);
    expect(Math.abs(remembered.height - remembered.drawnHeight)).toBeLessThanOrEqual(1);
    await atFragment.close();
    const without = await noScript.open('glossary/', phone);
    expect((await lastEntry(without)).skipped).toBe(false);
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
