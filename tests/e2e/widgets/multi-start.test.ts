// multi-start specifics: the static HTML has the whole 64 × 64 Himmelblau map with chapter 8's
// counts; after hydration the worker recomputes maps (η = 0.015 loses a basin and stalls 996
// starts) while the page stays responsive; a click drops a start; hostile URLs are clamped.
// (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'multi-start';
const PATH = 'chapters/complex-surfaces/';
const MINUS = '\u2212';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

describe('multi-start', () => {
  it('static HTML has the 64 × 64 Himmelblau map with the four basins of the listing', async () => {
    const v = await noScript.open(PATH);
    const text = await summary(v.page);
    expect(text).toContain('64 × 64 starts');
    expect(text).toContain('minimum (3.00, 2.00): 1087');
    expect(text).toContain(`minimum (${MINUS}3.78, ${MINUS}3.28): 976`);
    // One path per basin's colour (rectsPath), a rectangle per run of equal cells in a row.
    const basins = v.page.locator(`#${ID} [data-kit-figure="basins"] g[aria-label="rect"] path`);
    expect(await basins.count()).toBeGreaterThanOrEqual(4);
    const runs = await basins.evaluateAll((ps) =>
      ps.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0),
    );
    expect(runs).toBeGreaterThan(50);
    await v.close();
  });

  it('η = 0.015 from the URL: the worker computes the map, one basin is gone, 996 starts stall', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.015#${ID}`);
    await widgetReady(v.page, ID);
    await expect.poll(() => summary(v.page), { timeout: 20_000 }).toContain('stalled: 996');
    const text = await summary(v.page);
    expect(text).not.toContain(`minimum (${MINUS}3.78, ${MINUS}3.28)`);
    expect(text).toContain('diverged: 11');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('a click on the map drops a single start; (−1, 0) ends at (−2.81, 3.13)', async () => {
    const v = await tab.open(`${PATH}?${ID}=x:-1,y:0#${ID}`);
    await widgetReady(v.page, ID);
    await expect
      .poll(() => summary(v.page), { timeout: 20_000 })
      .toContain(`The start (${MINUS}1.00, 0.00) reaches the minimum (${MINUS}2.81, 3.13)`);
    const fig = v.page.locator(`#${ID} [data-kit-figure="basins"]`);
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    // Playwright's click waits until the figure stands still (the page may still be scrolling
    // smoothly to the #fragment it was opened at), then clicks at this point of it.
    const box = (await fig.boundingBox())!;
    await fig.click({ position: { x: box.width * 0.8, y: box.height * 0.3 } });
    await expect.poll(() => summary(v.page), { timeout: 20_000 }).not.toContain(`The start (${MINUS}1.00, 0.00)`);
    await v.close();
  });

  it('hostile URL values are clamped and the map has no NaN', async () => {
    const v = await tab.open(`${PATH}?${ID}=n:100000,eta:NaN,x:1e308,surface:%3Cscript%3E#${ID}`);
    await widgetReady(v.page, ID);
    await expect.poll(() => summary(v.page), { timeout: 20_000 }).toContain('Where the starts end');
    const svgs = await v.page.locator(`#${ID} svg`).evaluateAll((els) => els.map((e) => e.outerHTML).join(''));
    expect(svgs).not.toMatch(/NaN|Infinity/);
    await v.close();
  });
});
