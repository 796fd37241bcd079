// network-landscape specifics: the default network trains in the worker to 100 % on two moons;
// pause and resume; hostile URLs (huge widths, 1e9 steps) are clamped, not reset, with a visible note;
// the 3-D view is fetched only when asked for, marks the parameters reached and the path, and turns
// with the keyboard into the URL.
// (Generic behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'network-landscape';
const PATH = 'chapters/neurons-and-networks/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
const idle = (page: Page): Promise<unknown> =>
  page.waitForFunction((id) => document.querySelector(`#${id}[data-kit-pending]`) === null, ID, { timeout: 60_000 });

describe('network-landscape', () => {
  it('shows the trained default network and its landscape without JavaScript', async () => {
    const v = await noScript.open(PATH);
    const s = await summary(v.page);
    expect(s).toContain('[2, 4, 4, 1] (37 parameters), step 1000 of 1000 (done)');
    expect(s).toContain('accuracy 100.0 %');
    expect(s).toContain('lowest at the centre; loss below 0.1 on 5.9 % of the plane');
    expect(await v.page.locator(`#${ID} [data-kit-figure="landscape"] svg`).count()).toBeGreaterThan(0);
    await v.close();
  });

  it("hydrates with the server's figures and text until its first run is done; Train again trains in view", async () => {
    // The page's first run repeats the server's: nothing of the widget changes while it trains
    // (its text and run row were shorter, the widget up to 164 px lower, for a second or two).
    const v = await tab.open(PATH);
    const root = v.page.locator(`#${ID}`);
    const server = await root.locator('[data-kit="summary"], .nl-run, figcaption').allInnerTexts();
    await v.page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const seen: string[] = [];
      (window as unknown as { __summaries: string[] }).__summaries = seen;
      new MutationObserver(() => seen.push(el.querySelector('[data-kit="summary"]')?.textContent ?? '')).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, ID);
    await widgetReady(v.page, ID);
    await idle(v.page);
    expect(await root.locator('[data-kit="summary"], .nl-run, figcaption').allInnerTexts()).toEqual(server);
    const seen = (): Promise<string[]> =>
      v.page.evaluate(() => (window as unknown as { __summaries: string[] }).__summaries);
    expect((await seen()).filter((text) => text !== server[server.length - 1])).toEqual([]);
    await root.getByRole('button', { name: 'Train again' }).click();
    await idle(v.page);
    expect(await seen()).toContainEqual(expect.stringMatching(/step [1-9]\d* of 1000 \(training\)/));
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('keeps its height while it trains again on a phone: nothing below it moves', async () => {
    // The text of a run in progress is shorter than the result's: the widget was 111 px shorter
    // while it trained, and the page below moved twice, the second time long after the click.
    const v = await tab.open(PATH, { viewport: { width: 412, height: 823 } });
    await widgetReady(v.page, ID);
    await idle(v.page);
    const heights = await v.page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const seen = [el.getBoundingClientRect().height];
      (window as unknown as { __heights: number[] }).__heights = seen;
      new ResizeObserver((entries) => seen.push(entries[0]!.borderBoxSize[0]!.blockSize)).observe(el);
      return seen;
    }, ID);
    await v.page.locator(`#${ID}`).getByRole('button', { name: 'Train again' }).click();
    await expect.poll(() => v.page.locator(`#${ID}[data-kit-pending]`).count()).toBe(0);
    await idle(v.page);
    await v.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await v.page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
    expect(
      seen.every((h) => Math.abs(h - heights[0]!) <= 0.5),
      seen.join(' → '),
    ).toBe(true);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('trains in the worker, pauses and resumes', async () => {
    // The widest network (1,185 parameters) for the most steps: training lasts long enough that
    // Pause is pressed before it ends, even while the other test worker loads the machine.
    const v = await tab.open(`${PATH}?${ID}=hidden:32_32,steps:5000#${ID}`);
    await widgetReady(v.page, ID);
    const root = v.page.locator(`#${ID}`);
    await expect.poll(() => summary(v.page), { timeout: 30_000 }).toMatch(/step [1-9]\d* of 5000 \(training\)/);
    await root.getByRole('button', { name: 'Pause' }).click();
    await idle(v.page);
    const paused = await summary(v.page);
    expect(paused).toMatch(/step \d+ of 5000 \(paused\)/);
    // The URL is written after a short debounce.
    await expect.poll(() => new URL(v.page.url()).searchParams.get(ID) ?? '', { timeout: 10_000 }).toMatch(/at:\d+/);
    await root.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => summary(v.page), { timeout: 30_000 }).not.toBe(paused);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('clamps huge widths, 1e9 steps and η = 1e9 and says so in a visible note', async () => {
    const v = await tab.open(`${PATH}?${ID}=hidden:100000_99999999_7,steps:1000000000,eta:1e9#${ID}`);
    await widgetReady(v.page, ID);
    const notes = v.page.locator(`#${ID} [data-kit="notes"]`);
    await expect.poll(() => notes.isVisible()).toBe(true);
    const text = await notes.innerText();
    expect(text).toMatch(/hidden item 1: 100000 is outside 2…32; using 32\./);
    expect(text).toMatch(/hidden item 2: 99999999 is outside 2…32; using 32\./);
    expect(text).toMatch(/hidden: only the first 2 kept\./);
    expect(text).toMatch(/steps: 1000000000 is outside 10…5000; using 5000\./);
    expect(text).toMatch(/eta/);
    await expect
      .poll(() => summary(v.page), { timeout: 30_000 })
      .toMatch(/\[2, 32, 32, 1\] \(1185 parameters\), step \d+ of 5000/);
    expect(await summary(v.page)).not.toMatch(/NaN|Infinity/);
    await v.close();
  });
  it('loads the 3-D view only when asked for; it shows the star and the PCA path and turns with the keys', async () => {
    const v = await tab.open(`${PATH}?${ID}=view:pca#${ID}`, { viewport: { width: 360, height: 800 } });
    const loaded3d = (): Promise<boolean> =>
      v.page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('LandscapeSurface')));
    await widgetReady(v.page, ID);
    await idle(v.page);
    expect(await loaded3d()).toBe(false);
    const root = v.page.locator(`#${ID}`);
    await root.getByRole('switch', { name: 'Show in 3-D' }).check();
    const figure = root.locator('[data-kit-figure="landscape-3d"]');
    await expect.poll(() => figure.locator('svg [aria-label="the parameters reached"]').count()).toBeGreaterThan(0);
    expect(await loaded3d()).toBe(true);
    expect(await figure.locator('svg [aria-label="training path projected onto the plane"]').count()).toBeGreaterThan(
      0,
    );
    const rotor = root.locator('.kit3d-rotor');
    expect(await rotor.getAttribute('aria-valuetext')).toBe('azimuth 60°, elevation 22°');
    await rotor.focus();
    await v.page.keyboard.press('ArrowRight');
    await expect.poll(() => rotor.getAttribute('aria-valuetext')).not.toBe('azimuth 60°, elevation 22°');
    await expect
      .poll(() => new URL(v.page.url()).searchParams.get(ID) ?? '', { timeout: 10_000 })
      .toMatch(/v3d:1.*az:\d/);
    // the 3-D figure fits the phone's width
    const box = await figure.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });
});
