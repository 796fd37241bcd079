// loss-and-gradient-1d specifics: dragging w to the minimum reads loss 0 and
// slope 0; keys move w; typed x and y are applied, clamped or explained.
// (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';
import { tapByTouch } from '../../support/widgets';

const ID = 'loss-and-gradient-1d';
const PATH = 'chapters/loss-functions/';
const b = useBrowser();
const tab = usePage(b);

const ready = (page: Page): Promise<void> => widgetReady(page, ID);

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

/** Client position of data point (w, ·) on a panel, from the plot's frame (margins 48 / 16 px, w ∈ [−1, 3]). */
async function pointFor(page: Page, panel: string, w: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`#${ID} [data-kit-figure="${panel}"]`).boundingBox())!;
  return { x: box.x + 48 + ((w + 1) / 4) * (box.width - 64), y: box.y + box.height / 2 };
}

describe('loss-and-gradient-1d', () => {
  it('starts at w = 0.5 with loss 9 and slope −12, stepping right', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    expect(await summary(v.page)).toBe(
      'w = 0.50: loss 9.00, slope \u221212.00. The slope is negative, so a step would increase w.',
    );
    await v.close();
  });

  it('dragging w to 2 (mouse) gives loss 0 and slope 0', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const from = await pointFor(v.page, 'loss', 0.5);
    const to = await pointFor(v.page, 'loss', 2);
    await v.page.mouse.move(from.x, from.y);
    await v.page.mouse.down();
    for (let i = 1; i <= 10; i++) await v.page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y);
    await v.page.mouse.up();
    await expect
      .poll(() => summary(v.page))
      .toBe('w = 2.00: loss 0.00, slope 0.00. This is the minimum: a step would not move w.');
    // The figure follows: the slope panel's point sits on the zero line, no step arrow is drawn.
    expect(await v.page.locator(`#${ID} [data-kit-figure="loss"] [aria-label="arrow"]`).count()).toBe(0);
    expect(await v.page.locator(`#${ID} [data-kit-figure="loss"]`).getAttribute('aria-valuenow')).toBe('2');
    await v.close();
  });

  it('dragging on the slope panel by touch moves w too', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const to = await pointFor(v.page, 'slope', 2.5);
    const fig = v.page.locator(`#${ID} [data-kit-figure="slope"]`);
    await tapByTouch(fig, to);
    await expect
      .poll(() => summary(v.page))
      .toMatch(/^w = 2\.50: loss 1\.00, slope 4\.00\. The slope is positive, so a step would decrease w\.$/);
    await v.close();
  });

  it('arrow keys on the figure move w (Shift for big steps, Home/End to the ends)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const fig = v.page.locator(`#${ID} [data-kit-figure="loss"]`);
    await fig.focus();
    for (let i = 0; i < 3; i++) await v.page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => summary(v.page)).toMatch(/^w = 2\.00: loss 0\.00, slope 0\.00/);
    await v.page.keyboard.press('ArrowLeft');
    await expect.poll(() => summary(v.page)).toMatch(/^w = 1\.95:/);
    await v.page.keyboard.press('End');
    await expect.poll(() => summary(v.page)).toMatch(/^w = 3\.00: loss 4\.00, slope 8\.00/);
    await v.page.keyboard.press('Home');
    await expect.poll(() => summary(v.page)).toMatch(/^w = \u22121\.00: loss 36\.00, slope \u221224\.00/);
    expect(await fig.getAttribute('aria-valuetext')).toMatch(/^w = \u22121\.00, loss 36\.00$/);
    await v.close();
  });

  it('typed x and y are applied on Enter, clamped with a note, or explained and not applied', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const field = v.page.getByLabel('x, exact value');
    await field.fill('1');
    await field.press('Enter');
    // x = 1, y = 4, w = 0.5: L = (0.5 − 4)² = 12.25, slope 2·(−3.5)·1 = −7.
    await expect.poll(() => summary(v.page)).toMatch(/^w = 0\.50: loss 12\.25, slope \u22127\.00/);
    await field.fill('abc');
    await field.press('Enter');
    await expect.poll(() => v.page.locator(`#${ID} .kit-field-note`).innerText()).toMatch(/not a number/);
    expect(await summary(v.page)).toMatch(/loss 12\.25/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const y = v.page.getByLabel('y, exact value');
    await y.fill('99');
    await y.press('Enter');
    await expect.poll(() => v.page.locator(`#${ID} .kit-field-note`).last().innerText()).toMatch(/maximum/);
    expect(await y.inputValue()).toBe('8.00');
    await v.close();
  });

  it('with x = 0 every w has the same loss and the summary says so', async () => {
    const v = await tab.open(`${PATH}?${ID}=x:0,y:3#${ID}`);
    await ready(v.page);
    expect(await summary(v.page)).toBe(
      'w = 0.50: loss 9.00, slope 0.00. With x = 0 every w gives the same loss, so no step moves w.',
    );
    await v.close();
  });
});
