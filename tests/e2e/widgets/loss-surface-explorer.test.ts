// loss-surface-explorer specifics: the lecture's random start reads MSE 2.74 (also without
// JavaScript); landmarks, keys, pointer drags on the surface and on the cross-sections move
// (b, w); the URL reproduces a view; the residual toggle hides the residuals.
// (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scrollIntoViewNow, useBrowser, usePage, widgetReady } from '../../support/site';
import { tapByTouch } from '../../support/widgets';

const ID = 'loss-surface-explorer';
const PATH = 'chapters/loss-surface/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const M = '\u2212';

const ready = (page: Page): Promise<void> => widgetReady(page, ID);

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

/** Client position of (b, w) on the surface panel: margins left 40, right 16, top 16, bottom 40; b ∈ [−2, 4], w ∈ [−1, 5]. */
async function surfacePoint(page: Page, bb: number, ww: number): Promise<{ x: number; y: number }> {
  // The widget is taller than the window: the panel itself is put in view, so a drag lands on it.
  await scrollIntoViewNow(page, `#${ID} [data-kit-figure="surface"]`, true);
  const box = (await page.locator(`#${ID} [data-kit-figure="surface"]`).boundingBox())!;
  return {
    x: box.x + 40 + ((bb + 2) / 6) * (box.width - 56),
    y: box.y + 16 + (1 - (ww + 1) / 6) * (box.height - 56),
  };
}

describe('loss-surface-explorer', () => {
  it('starts at the lecture’s random start with training MSE 2.74', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const s = await summary(v.page);
    expect(s).toMatch(
      new RegExp(`^b = 0\\.497, w = ${M}0\\.138: training MSE 2\\.74\\. The line runs below all 80 training points\\.`),
    );
    expect(s).toContain('Least-squares minimum: b = 1.024, w = 1.969, MSE 0.0080.');
    expect(await v.page.locator(`#${ID} [data-kit-figure="surface"]`).getAttribute('aria-label')).toContain(
      'training MSE 2.74',
    );
    expect(await v.page.locator(`#${ID} [data-kit-figure="surface"] svg`).last().textContent()).toContain('MSE 2.74');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('shows the finished figure, MSE 2.74 included, with JavaScript off', async () => {
    const v = await noScript.open(PATH);
    const root = v.page.locator(`#${ID}`);
    expect(await root.locator('.kit-figure svg').count()).toBeGreaterThanOrEqual(8);
    expect(await root.locator('[data-kit-figure="surface"]').innerHTML()).toContain('MSE 2.74');
    expect(await root.locator('[data-kit="summary"]').innerText()).toMatch(/training MSE 2\.74/);
    await v.close();
  });

  it('jumps to the truth and to the least-squares line', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID} button`, { hasText: 'true (1, 2)' }).click();
    await expect.poll(() => summary(v.page)).toMatch(/^b = 1\.000, w = 2\.000: training MSE 0\.0082\./);
    await v.page.locator(`#${ID} button`, { hasText: 'least squares' }).click();
    await expect.poll(() => summary(v.page)).toMatch(/^b = 1\.024, w = 1\.969: training MSE 0\.0080\./);
    await v.page.locator(`#${ID} button`, { hasText: 'random start' }).click();
    await expect.poll(() => summary(v.page)).toMatch(/training MSE 2\.74/);
    await v.close();
  });

  it('arrow keys on the surface move b and w by one grid step (0.06)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID} [data-kit-figure="surface"]`).focus();
    await v.page.keyboard.press('ArrowRight');
    await expect.poll(() => summary(v.page)).toMatch(new RegExp(`^b = 0\\.557, w = ${M}0\\.138:`));
    await v.page.keyboard.press('ArrowUp');
    await expect.poll(() => summary(v.page)).toMatch(new RegExp(`^b = 0\\.557, w = ${M}0\\.078:`));
    await v.close();
  });

  it('dragging the point to (1, 2) with the mouse reaches the bottom of the bowl', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const from = await surfacePoint(v.page, 0.4967, -0.1383);
    const to = await surfacePoint(v.page, 1, 2);
    await v.page.mouse.move(from.x, from.y);
    await v.page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await v.page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    await v.page.mouse.up();
    await expect
      .poll(() => summary(v.page))
      .toMatch(/^b = (0\.9[5-9]\d|1\.0[0-4]\d), w = (1\.9[5-9]\d|2\.0[0-4]\d): training MSE 0\.0\d{3}\./);
    await v.close();
  });

  it('a touch on the “w varies” cross-section moves w and keeps b', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const fig = v.page.locator(`#${ID} [data-kit-figure="along-w"]`);
    const box = (await fig.boundingBox())!;
    // w = 2 on an axis from −1 to 5 between margins 36 (left) and 16 (right).
    const x = box.x + 36 + (3 / 6) * (box.width - 52);
    const y = box.y + box.height / 2;
    await tapByTouch(fig, { x: x, y: y });
    await expect.poll(() => summary(v.page)).toMatch(/^b = 0\.497, w = (1\.9\d\d|2\.0\d\d):/);
    await v.close();
  });

  it('reads (b, w) from the URL, and the residual toggle hides the residuals', async () => {
    const v = await tab.open(`${PATH}?${ID}=b:1,w:2#${ID}`);
    await ready(v.page);
    expect(await summary(v.page)).toMatch(/^b = 1\.000, w = 2\.000: training MSE 0\.0082\./);
    // The residuals are one path with a move-to per point.
    const residuals = () =>
      v.page
        .locator(`#${ID} [data-kit-figure="data"] .lse-residuals path`)
        .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
    expect(await residuals()).toEqual([80]);
    await v.page.getByRole('switch', { name: 'Show residuals' }).click();
    await expect.poll(residuals).toEqual([]);
    await expect.poll(() => v.page.evaluate(() => location.search)).toMatch(/res(:|%3A)0/);
    await v.close();
  });

  it('a hostile URL falls back to the start with a note', async () => {
    const v = await tab.open(`${PATH}?${ID}=b:%3Cscript%3E,w:1e309#${ID}`);
    await ready(v.page);
    expect(await summary(v.page)).toMatch(/training MSE 2\.74/);
    expect(await v.page.locator(`#${ID} [data-kit="notes"]`).innerText()).toMatch(/not a number|too large/);
    expect(await v.page.locator(`#${ID} script`).count()).toBe(0);
    await v.close();
  });
});
