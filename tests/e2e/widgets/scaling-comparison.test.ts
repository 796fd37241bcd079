// scaling-comparison specifics: the static HTML reads out chapter 7's numbers (condition
// numbers 20502 and 1.147, 90,566 and 3 steps); the recipe window hides the standardised
// minimum; dragging or keying the start on one panel moves it on the other; min–max works.
// (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'scaling-comparison';
const PATH = 'chapters/feature-scaling/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

describe('scaling-comparison', () => {
  it('static HTML has both panels and chapter 7’s numbers', async () => {
    const v = await noScript.open(PATH);
    const text = await summary(v.page);
    expect(text).toContain('condition number 20502');
    expect(text).toContain('needs 90,566 steps');
    expect(text).toContain('condition number 1.147');
    expect(text).toContain('needs 3 steps');
    expect(await v.page.locator(`#${ID} .kit-figure`).count()).toBe(2);
    await v.close();
  });

  it('the recipe window hides the standardised least-squares point', async () => {
    const v = await tab.open(`${PATH}?${ID}=view:recipe#${ID}`);
    await widgetReady(v.page, ID);
    await expect.poll(() => summary(v.page)).toContain('the least-squares point is outside this window');
    expect(await v.page.locator(`#${ID} [data-kit-figure="scaled-map"]`).innerText()).toContain('off the map');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('arrow keys on the scaled panel move the start on both panels', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    const before = await summary(v.page);
    await v.page.locator(`#${ID} [data-kit-figure="scaled-map"]`).focus();
    await v.page.keyboard.press('ArrowUp');
    await expect.poll(() => summary(v.page)).not.toBe(before);
    expect(await summary(v.page)).not.toContain('Start (0.0000, 0.0000)');
    // the steps to the tolerance are recounted a frame later: 90,566 was the count from w = 0
    await expect.poll(() => summary(v.page)).not.toContain('needs 90,566 steps');
    await expect.poll(() => v.page.locator(`#${ID}[data-kit-pending]`).count()).toBe(0);
    await v.close();
  });

  it('min–max on the right: condition number 6.522 and 29 steps', async () => {
    const v = await tab.open(`${PATH}?${ID}=scaling:min-max#${ID}`);
    await widgetReady(v.page, ID);
    await expect.poll(() => summary(v.page)).toContain('condition number 6.522');
    expect(await summary(v.page)).toContain('needs 29 steps');
    await v.close();
  });

  it('a shared η above the critical step diverges on the raw panel, with no NaN drawn', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.01,w1:1e9#${ID}`);
    await widgetReady(v.page, ID);
    await expect.poll(() => summary(v.page)).toContain('diverges');
    const svgs = await v.page.locator(`#${ID} svg`).evaluateAll((els) => els.map((e) => e.outerHTML).join(''));
    expect(svgs).not.toMatch(/NaN|Infinity/);
    await v.close();
  });
});
