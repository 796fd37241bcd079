// convex-vs-nonconvex specifics: one minimum on the bowl, several on the other
// surface sorted into global and local; the two 3-D views turn together by keyboard;
// the view choice hides and shows figures. (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'convex-vs-nonconvex';
const PATH = 'chapters/loss-functions/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

const ready = (page: Page): Promise<void> => widgetReady(page, ID);
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
const svgOf = (page: Page, name: string): Promise<string> =>
  page.locator(`#${ID} [data-kit-figure="${name}"]`).evaluate((el) => el.innerHTML);

describe('convex-vs-nonconvex', () => {
  it('shows both surfaces, in 3-D and as contours, as static SVG with JavaScript off', async () => {
    const v = await noScript.open(PATH);
    for (const name of ['rotated-bowl-3d', 'rotated-bowl-contours', 'multi-well-3d', 'multi-well-contours']) {
      const svg = await svgOf(v.page, name);
      expect(svg, name).toContain('<svg');
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
    await v.close();
  });

  it('says the bowl has one minimum and the four wells one global and three local ones', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const text = await summary(v.page);
    expect(text).toMatch(
      /^Convex: Rotated bowl has one minimum, at \(0\.00, 0\.00\) with f = 0\.000, so it is the global one\./,
    );
    expect(text).toContain('Four wells has 4 minima: the global one at (−1.88, −1.41)');
    expect(text).toContain('3 local but not global');
    await v.close();
  });

  it('turns both 3-D views together with the arrow keys', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const rotors = v.page.locator(`#${ID} [role="slider"][aria-valuetext^="azimuth"]`);
    expect(await rotors.count()).toBe(2);
    const before = await svgOf(v.page, 'multi-well-3d');
    await rotors.first().focus();
    await v.page.keyboard.press('ArrowLeft');
    await v.page.keyboard.press('ArrowDown');
    await expect.poll(() => rotors.nth(1).getAttribute('aria-valuetext')).toBe('azimuth 65°, elevation 17°');
    expect(await rotors.first().getAttribute('aria-valuetext')).toBe('azimuth 65°, elevation 17°');
    await expect.poll(() => svgOf(v.page, 'multi-well-3d')).not.toBe(before);
    await expect.poll(() => summary(v.page)).toContain('azimuth 65°, elevation 17°');
    await v.close();
  });

  it('Himmelblau: non-convex, yet every minimum is global', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID} select`).nth(1).selectOption('himmelblau');
    await expect
      .poll(() => summary(v.page))
      .toContain('Himmelblau has 4 minima: 4 global ones, all with f = 0.000; no merely local ones');
    await v.close();
  });

  it('can show only the contours or only the 3-D views', async () => {
    const v = await tab.open(`${PATH}?${ID}=show:contours#${ID}`);
    await ready(v.page);
    expect(await v.page.locator(`#${ID} .kit3d`).count()).toBe(0);
    expect(await v.page.locator(`#${ID} [data-kit-figure$="-contours"]`).count()).toBe(2);
    await v.page.locator(`#${ID} select`).nth(2).selectOption('3d');
    await expect.poll(() => v.page.locator(`#${ID} [data-kit-figure$="-contours"]`).count()).toBe(0);
    expect(await v.page.locator(`#${ID} .kit3d`).count()).toBe(2);
    await v.close();
  });
});
