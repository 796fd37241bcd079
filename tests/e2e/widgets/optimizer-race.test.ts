// optimizer-race specifics: the Rosenbrock default reproduces chapter 8's counts in the static
// HTML and after hydration; presets switch surface and sentence; the player and scrubber move
// the shared iteration; a hostile η diverges with a label and no NaN. (Generic widget
// behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'optimizer-race';
const PATH = 'chapters/complex-surfaces/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

describe('optimizer-race', () => {
  it('static HTML already has the Rosenbrock race: momentum 1,386 steps, Adam 2,874', async () => {
    const v = await noScript.open(PATH);
    const text = await summary(v.page);
    expect(text).toContain('Momentum in 1,386');
    expect(text).toContain('Adam in 2,874');
    expect(text).toContain('Gradient descent: stalled');
    expect(await v.page.locator(`#${ID} [data-kit-figure="map"] svg`).count()).toBeGreaterThan(0);
    expect(await v.page.locator(`#${ID} [data-kit-figure="loss"] svg`).count()).toBeGreaterThan(0);
    await v.close();
  });

  it('hydrates with the same race and no console errors; a preset changes the surface and its sentence', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    expect(await summary(v.page)).toContain('Momentum in 1,386');
    await v.page.locator(`#${ID} select`).first().selectOption('himmelblau-peak');
    await expect.poll(() => summary(v.page)).toContain('Himmelblau');
    expect(await v.page.locator(`#${ID} .or-comment`).innerText()).toContain('local maximum');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('the scrubber sets the shared iteration', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    const range = v.page.locator(`#${ID} .or-player input[type="range"]`);
    await range.focus();
    await v.page.keyboard.press('Home');
    await expect.poll(() => summary(v.page)).toContain('shown at iteration 0');
    await v.page.keyboard.press('ArrowRight');
    await expect.poll(() => summary(v.page)).toContain('shown at iteration 1');
    await v.close();
  });

  it('a hostile URL (huge η, text, far start) diverges with a label and draws no NaN', async () => {
    const v = await tab.open(`${PATH}?${ID}=gdEta:1e9,adamEta:abc,x:-1e300,momMu:2#${ID}`);
    await widgetReady(v.page, ID);
    const text = await summary(v.page);
    expect(text).toContain('Gradient descent: diverged');
    const svgs = await v.page.locator(`#${ID} svg`).evaluateAll((els) => els.map((e) => e.outerHTML).join(''));
    expect(svgs).not.toMatch(/NaN|Infinity/);
    await v.close();
  });
});
