// gradient-field specifics: the default probe (4, 1) on w₁² + 10w₂² reads ∇f = (8, 20), as in the
// chapter; the probe moves with keys and pointer; the surface select works; −∇f points at the
// minimum on the round bowl; hostile URLs are answered. (Generic behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'gradient-field';
const PATH = 'chapters/derivatives-and-gradients/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const M = '\u2212';

const ready = (page: Page): Promise<void> => widgetReady(page, ID);

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
const grad = (page: Page): Promise<string> => page.locator(`#${ID} [data-gf="grad"]`).innerText();

describe('gradient-field', () => {
  it('starts at (4, 1) on w₁² + 10w₂² with ∇f = (8, 20)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    expect(await summary(v.page)).toBe(
      `At (4.00, 1.00) on f(w₁, w₂) = w₁² + 10w₂²: f = 26.00; ∇f = (8.00, 20.00), so steepest descent −∇f = (${M}8.00, ${M}20.00), falling at rate 21.54 per unit step. −∇f is 54° away from the straight line to the nearest minimum.`,
    );
    expect(await grad(v.page)).toBe('(8.00, 20.00)');
    // The arrow field is drawn: dozens of arrows.
    expect(
      await v.page.locator(`#${ID} [data-kit-figure="field"] .kit-layer`).nth(1).locator('path').count(),
    ).toBeGreaterThan(40);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('draws contours, arrows and the probe without JavaScript', async () => {
    const v = await noScript.open(PATH);
    const layers = v.page.locator(`#${ID} [data-kit-figure="field"] .kit-layer svg`);
    expect(await layers.count()).toBe(3);
    expect(await layers.nth(1).locator('path').count()).toBeGreaterThan(40);
    expect(await v.page.locator(`#${ID} [data-gf="grad"]`).innerText()).toBe('(8.00, 20.00)');
    await v.close();
  });

  it('arrow keys move the probe and the gradient follows', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID} [data-kit-figure="field"]`).focus();
    await v.page.keyboard.press('ArrowLeft'); // x − 0.2
    await expect.poll(() => grad(v.page)).toBe('(7.60, 20.00)');
    await v.page.keyboard.press('ArrowDown'); // y − 0.2
    await expect.poll(() => grad(v.page)).toBe('(7.60, 16.00)');
    await v.close();
  });

  it('clicking on the figure moves the probe there', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const box = (await v.page.locator(`#${ID} [data-kit-figure="field"]`).boundingBox())!;
    // Near the left edge of the frame: x well below 0, so ∂f/∂x < 0.
    await v.page.mouse.click(box.x + 60, box.y + box.height / 2);
    await expect.poll(() => grad(v.page)).toMatch(new RegExp(`^\\(${M}\\d`));
    await v.close();
  });

  it('on the round bowl, −∇f at (−5, 5) points straight at the minimum (2, −3)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID} select`).selectOption('round-bowl');
    await expect.poll(() => grad(v.page)).toBe(`(${M}14.00, 16.00)`);
    expect(await summary(v.page)).toContain('points straight at the nearest minimum');
    await expect.poll(() => v.page.evaluate(() => location.search)).toMatch(/surface(:|%3A)round-bowl/);
    await v.close();
  });

  it('answers a hostile URL with defaults, a note, and no injected markup', async () => {
    const v = await tab.open(`${PATH}?${ID}=surface:%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,x:NaN,y:1e309#${ID}`);
    await ready(v.page);
    expect(await grad(v.page)).toBe('(8.00, 20.00)');
    expect(await v.page.locator(`#${ID} [data-kit="notes"]`).count()).toBe(1);
    expect(await v.page.locator(`#${ID} img`).count()).toBe(0);
    await v.close();
  });
});
