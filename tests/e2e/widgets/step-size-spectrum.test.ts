// step-size-spectrum specifics: the default η = 0.0055 reads the factors 0.9700 and −0.7186 (also
// without JS); a link with η = 0.0065 says the stiff component grows (−1.0310); keys and a click
// on the factor curve move η; the best fixed step is where both directions shrink alike.
// (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'step-size-spectrum';
const PATH = 'chapters/learning-rate/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

const ready = (page: Page): Promise<void> => widgetReady(page, ID);
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();

/** Client position of η on the factor panel (margins 48 / 16 px, η ∈ [0, 0.008]). */
async function pointFor(page: Page, eta: number): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`#${ID} [data-kit-figure="factor"]`).boundingBox())!;
  return { x: box.x + 48 + (eta / 0.008) * (box.width - 64), y: box.y + box.height / 2 };
}

describe('step-size-spectrum', () => {
  it('shows η = 0.0055 with factors 0.9700 and −0.7186, static and live', async () => {
    const s = await noScript.open(PATH);
    const text = await summary(s.page);
    expect(text).toMatch(
      /^η = 0\.0055: the soft direction \(λ = 5\.46\) is multiplied by 0\.9700 per step, the stiff direction \(λ = 312\.47\) by −0\.7186/,
    );
    expect(text).toContain('oscillates and converges');
    expect(await s.page.locator(`#${ID} .kit-figure svg`).count()).toBeGreaterThanOrEqual(3);
    await s.close();
    const v = await tab.open(PATH);
    await ready(v.page);
    expect(await summary(v.page)).toBe(text);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('a link with η = 0.0065 shows the stiff component growing by −1.0310 per step', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.0065#${ID}`);
    await ready(v.page);
    await expect
      .poll(() => summary(v.page))
      .toMatch(
        /^η = 0\.0065: .* by 0\.9645 per step, the stiff direction \(λ = 312\.47\) by −1\.0310; .*grows every step, so the run diverges/,
      );
    expect(await summary(v.page)).toContain('max|1 − ηλ| = 1.0310');
    await v.close();
  });

  it('arrow keys on the factor curve move η by 0.0001 (Shift: 0.001)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const fig = v.page.locator(`#${ID} [data-kit-figure="factor"]`);
    await fig.focus();
    await v.page.keyboard.press('ArrowRight');
    await expect.poll(() => summary(v.page)).toMatch(/^η = 0\.0056:/);
    await v.page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => summary(v.page)).toMatch(/^η = 0\.0046:/);
    expect(await fig.getAttribute('aria-valuetext')).toMatch(/^η = 0\.0046, convergence factor 0\.9749$/);
    await v.close();
  });

  it('a click at the best fixed step gives both directions the same size of factor', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const at = await pointFor(v.page, 0.006291);
    await v.page.mouse.click(at.x, at.y);
    await expect.poll(() => summary(v.page)).toMatch(/^η = 0\.006(2[7-9]|3[01])/);
    const m = /multiplied by (\d\.\d+) per step, the stiff direction \(λ = 312\.47\) by −(\d\.\d+)/.exec(
      await summary(v.page),
    );
    expect(m).not.toBeNull();
    expect(Math.abs(Number(m![1]) - Number(m![2]))).toBeLessThan(0.02);
    await v.close();
  });
});
