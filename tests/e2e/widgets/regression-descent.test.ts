// regression-descent specifics: lecture 004's numbers; one scrubber moves all four
// linked views; the closed-form β̂ is marked in every view; the 3-D view turns with
// keys and drags and says how in aria-valuetext; a diverging η is reported, never NaN.
// (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';

const ID = 'regression-descent';
const PATH = 'chapters/regression-descent/';
const FIGURES = ['contours', 'surface', 'loss', 'data'];
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);

/** Hydrated, and its figures' first drawings on screen (each host holds one drawing). */
const ready = (page: Page): Promise<void> => widgetReady(page, ID);
const frames = (page: Page): Promise<unknown> =>
  page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))),
  );
const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
/** The SVG markup of every layer of a figure. */
const figureSvg = (page: Page, name: string): Promise<string> =>
  page.locator(`#${ID} [data-kit-figure="${name}"]`).evaluate((el) => el.innerHTML);

describe('regression-descent', () => {
  it('shows the finished run as static SVG with JavaScript off', async () => {
    const v = await noScript.open(PATH);
    for (const name of FIGURES) {
      const svg = await figureSvg(v.page, name);
      expect(svg).toContain('<svg');
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
    expect(await v.page.locator(`#${ID} [data-kit-figure="surface"] path`).count()).toBeGreaterThan(300);
    await v.close();
  });

  it('reproduces the lecture: after 1000 steps β = (0.9177, 0.4837), loss 12.8664', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const text = await summary(v.page);
    expect(text).toMatch(/^Iteration 1000 of 1000: β = \(0\.9177, 0\.4837\), loss 12\.8664/);
    expect(text).toContain('Closed form β̂ = (0.9179, 0.4837), loss 12.8664');
    expect(text).toContain('azimuth 60°, elevation 22°');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('marks the closed-form solution in every view', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    for (const name of FIGURES) {
      expect(
        await v.page.locator(`#${ID} [data-kit-figure="${name}"] [aria-label="closed-form solution"]`).count(),
        name,
      ).toBeGreaterThan(0);
    }
    await v.close();
  });

  it('one scrubber moves all four linked views', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const before = await Promise.all(FIGURES.map((n) => figureSvg(v.page, n)));
    const scrubber = v.page.locator(`#${ID} .kit-player input[type="range"]`);
    await scrubber.fill('5');
    await expect.poll(() => summary(v.page)).toMatch(/^Iteration 5 of 1000: β = \(−7\.8178, −0\.6063\), loss 435\.79/);
    await frames(v.page);
    const after = await Promise.all(FIGURES.map((n) => figureSvg(v.page, n)));
    FIGURES.forEach((n, i) => expect(after[i], `${n} changed`).not.toBe(before[i]));
    // Step forward with the player button: iteration 6.
    await v.page.locator(`#${ID} .kit-player button[aria-label="Step forward"]`).click();
    await expect.poll(() => summary(v.page)).toMatch(/^Iteration 6 of 1000:/);
    await v.close();
  });

  it('turns the 3-D view with the keyboard and says so in aria-valuetext', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const rotor = v.page.locator(`#${ID} [role="slider"][aria-valuetext^="azimuth"]`);
    expect(await rotor.getAttribute('aria-valuetext')).toBe('azimuth 60°, elevation 22°');
    const before = await figureSvg(v.page, 'surface');
    await rotor.focus();
    await v.page.keyboard.press('ArrowRight');
    await expect.poll(() => rotor.getAttribute('aria-valuetext')).toBe('azimuth 55°, elevation 22°');
    await v.page.keyboard.press('ArrowUp');
    await v.page.keyboard.press('Shift+ArrowUp');
    await expect.poll(() => rotor.getAttribute('aria-valuetext')).toBe('azimuth 55°, elevation 42°');
    await frames(v.page);
    expect(await figureSvg(v.page, 'surface')).not.toBe(before);
    await expect.poll(() => summary(v.page)).toContain('azimuth 55°, elevation 42°');
    await v.page.keyboard.press('Home');
    await expect.poll(() => rotor.getAttribute('aria-valuetext')).toBe('azimuth 60°, elevation 22°');
    await v.page.locator(`#${ID} .kit3d-preset`, { hasText: 'From above' }).click();
    await expect.poll(() => rotor.getAttribute('aria-valuetext')).toBe('azimuth 142°, elevation 58°');
    await v.close();
  });

  it('draws the turning view with fewer faces, and the full mesh once it stops', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const rotor = v.page.locator(`#${ID} .kit3d-rotor`);
    const faces = () => v.page.locator(`#${ID} [data-kit-figure="surface"] g[aria-label="surface"] path`).count();
    const full = await faces();
    expect(full).toBeGreaterThan(300);
    // Three steps in quick succession: a turn, not a single jump. They are sent
    // inside the page, each after the last one's render, so a slow machine cannot
    // space them more than SETTLE_MS apart; every (detail, faces) the page passes
    // through is recorded, so the moving state cannot end before it is looked at.
    const seen = await v.page.evaluate(async (id) => {
      const root = document.getElementById(id)!;
      const dial = root.querySelector<HTMLElement>('.kit3d-rotor')!;
      const count = () => root.querySelectorAll('[data-kit-figure="surface"] g[aria-label="surface"] path').length;
      const states: { detail: string | null; faces: number }[] = [];
      const observer = new MutationObserver(() =>
        states.push({ detail: dial.getAttribute('data-kit3d-detail'), faces: count() }),
      );
      observer.observe(root, { subtree: true, childList: true, attributes: true });
      for (let i = 0; i < 3; i++) {
        dial.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
        await new Promise((r) => setTimeout(r, 0));
      }
      // Until the full mesh is back after a turn, or 10 s.
      const deadline = performance.now() + 10_000;
      await new Promise<void>((resolve) => {
        const turned = () => states.some((s) => s.detail === 'moving');
        const stop = () =>
          performance.now() > deadline || (turned() && dial.getAttribute('data-kit3d-detail') === 'full');
        const check = () => (stop() ? resolve() : setTimeout(check, 20));
        check();
      });
      observer.disconnect();
      return states;
    }, ID);
    const moving = seen.filter((s) => s.detail === 'moving');
    expect(moving.length).toBeGreaterThan(0);
    expect(Math.min(...moving.map((s) => s.faces))).toBeLessThan(full * 0.6);
    await frames(v.page);
    expect(await rotor.getAttribute('data-kit3d-detail')).toBe('full');
    expect(await faces()).toBe(full);
    expect(await rotor.getAttribute('aria-valuetext')).toBe('azimuth 45°, elevation 22°');
    // One jump (a preset) is drawn at full detail straight away.
    await v.page.locator(`#${ID} .kit3d-preset`, { hasText: 'From above' }).click();
    await frames(v.page);
    expect(await rotor.getAttribute('data-kit3d-detail')).toBe('full');
    await v.close();
  });

  it('turns the 3-D view by dragging', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const rotor = v.page.locator(`#${ID} [role="slider"][aria-valuetext^="azimuth"]`);
    const box = (await rotor.boundingBox())!;
    await v.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await v.page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await v.page.mouse.move(box.x + box.width / 2 - 8 * i, box.y + box.height / 2 + 3 * i);
    await v.page.mouse.up();
    await expect.poll(() => rotor.getAttribute('aria-valuetext')).not.toBe('azimuth 60°, elevation 22°');
    await v.close();
  });

  it('reports a diverging η and draws nothing non-finite', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.0065#${ID}`);
    await ready(v.page);
    await expect.poll(() => summary(v.page)).toMatch(/diverged/);
    for (const name of FIGURES) expect(await figureSvg(v.page, name)).not.toMatch(/NaN|Infinity/);
    await v.close();
  });

  it('survives hostile URL values with a note', async () => {
    const bad = encodeURIComponent('eta:1e309,it:-5,b0:<script>alert(1)</script>,steps:NaN,az:-0,el:9e9');
    const v = await tab.open(`${PATH}?${ID}=${bad}#${ID}`);
    await ready(v.page);
    expect(await v.page.locator(`#${ID} [data-kit="notes"]`).count()).toBe(1);
    expect(
      await v.page.locator('script:not([src])').evaluateAll((s) => s.some((x) => x.textContent?.includes('alert(1)'))),
    ).toBe(false);
    const text = await summary(v.page);
    expect(text).toMatch(/^Iteration 0 of 1000: β = \(−8\.0000, −3\.2000\), loss 2550\.72/);
    expect(text).toContain('elevation 90°');
    for (const name of FIGURES) expect(await figureSvg(v.page, name)).not.toMatch(/NaN|Infinity/);
    await v.close();
  });
});
