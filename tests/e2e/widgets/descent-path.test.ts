// descent-path specifics: lecture 002's default path ends near (2, −3) after 15 steps; the
// start moves by click and by keys; a huge η leaves the map with a message and no NaN; the
// surface choice and the player work. (Generic widget behaviour is in kit.ts.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, usePage, widgetReady } from '../../support/site';
import { tapByTouch } from '../../support/widgets';

const ID = 'descent-path';
const PATH = 'chapters/gradient-descent/';
const MINUS = '\u2212';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const tab2 = usePage(b); // a second page, for tests that compare two loads side by side

const ready = (page: Page): Promise<void> => widgetReady(page, ID);

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
const map = (page: Page) => page.locator(`#${ID} [data-kit-figure="map"]`);

/** Client position of data point (x, y) on the round bowl's map (x ∈ [−9, 11], y ∈ [−9, 6]; margins 48/16/16/40). */
async function clientFor(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = (await map(page).boundingBox())!;
  return {
    x: box.x + 48 + ((x + 9) / 20) * (box.width - 64),
    y: box.y + 16 + ((6 - y) / 15) * (box.height - 56),
  };
}

describe('descent-path', () => {
  it('static HTML already shows lecture 002’s path ending near (2, −3) after 15 steps', async () => {
    const v = await noScript.open(PATH);
    const text = await v.page.locator(`#${ID} [data-kit="summary"]`).innerText();
    expect(text).toContain('η = 0.2, start (' + MINUS + '5.00, 5.00)');
    expect(text).toContain(`Step 15 of 15: (2.00, ${MINUS}3.00)`);
    // the data table holds p_0 … p_15; the last row is (1.9967, −2.9962)
    const rows = await v.page.$$eval(`#${ID} [data-kit="table"] tbody tr`, (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td, th'), (c) => (c.textContent ?? '').trim())),
    );
    expect(rows).toHaveLength(16);
    expect(rows[15]!.slice(0, 3)).toEqual(['15', '1.9967', `${MINUS}2.9962`]);
    await v.close();
  });

  it('hydrates with the same default, reads out the point, loss and gradient, and converges', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    const s = await summary(v.page);
    expect(s).toMatch(new RegExp(`Step 15 of 15: \\(2\\.00, ${MINUS}3\\.00\\), loss 2\\.50e${MINUS}5`));
    expect(s).toContain('It converges');
    expect(s).toContain('0.60');
    expect(await v.page.locator(`#${ID} .dp-readout`).innerText()).toContain('0.00500');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('a click on the map moves the start there; the path is recomputed', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await map(v.page).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const p = await clientFor(v.page, 4, -1);
    await v.page.mouse.click(p.x, p.y);
    const start = async (): Promise<number[]> => {
      const m = /start \(([−\d.]+), ([−\d.]+)\)/.exec(await summary(v.page));
      return m ? [Number(m[1]!.replace('−', '-')), Number(m[2]!.replace('−', '-'))] : [NaN, NaN];
    };
    await expect.poll(async () => Math.hypot((await start())[0]! - 4, (await start())[1]! + 1)).toBeLessThan(0.2);
    await v.close();
  });

  it('a touch on the map moves the start too', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await map(v.page).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    const to = await clientFor(v.page, 6, 2);
    const fig = map(v.page);
    await tapByTouch(fig, to);
    await expect.poll(() => summary(v.page)).toMatch(/start \((5\.[89]\d|6\.[01]\d), (1\.[89]\d|2\.[01]\d)\)/);
    await v.close();
  });

  it('arrow keys move the start (0.2 per press on the round bowl)', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await map(v.page).focus();
    await v.page.keyboard.press('ArrowRight');
    await v.page.keyboard.press('ArrowUp');
    await expect.poll(() => summary(v.page)).toContain(`start (${MINUS}4.80, 5.20)`);
    expect(await map(v.page).getAttribute('aria-label')).toContain(`start (${MINUS}4.80, 5.20)`);
    await v.close();
  });

  it('a huge η (from the URL) leaves the map, says so, and draws nothing non-finite', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:10#${ID}`);
    await ready(v.page);
    await expect.poll(() => summary(v.page)).toContain('leaves the map at step 1');
    expect(await v.page.locator(`#${ID} .dp-alert`).innerText()).toContain('too large');
    const bad = await v.page.$$eval(
      `#${ID} svg`,
      (svgs) => svgs.filter((s) => /NaN|Infinity/.test(s.outerHTML)).length,
    );
    expect(bad).toBe(0);
    expect(await v.page.locator(`#${ID}`).innerText()).not.toMatch(/NaN|Infinity/);
    await v.close();
  });

  it('η just above 1 on the round bowl diverges, between 0.5 and 1 oscillates', async () => {
    const v = await tab.open(`${PATH}?${ID}=eta:0.75#${ID}`);
    await ready(v.page);
    await expect.poll(() => summary(v.page)).toContain('oscillates but converges');
    await v.close();
    const w = await tab2.open(`${PATH}?${ID}=eta:1.05,steps:40#${ID}`);
    await ready(w.page);
    await expect.poll(() => summary(w.page)).toContain('It diverges');
    await w.close();
  });

  it('choosing the elongated bowl moves the start to its steep wall', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID}`).getByLabel('Surface').selectOption('elongated-bowl');
    await expect
      .poll(() => summary(v.page))
      .toContain(`Elongated bowl f(w₁, w₂) = w₁² + 10w₂², η = 0.2, start (${MINUS}5.00, 2.50)`);
    // η = 0.2 is beyond 2/20 = 0.1 for this bowl: it diverges and leaves the map
    expect(await summary(v.page)).toContain('It diverges');
    await v.close();
  });

  it('the player steps back through the path', async () => {
    const v = await tab.open(PATH);
    await ready(v.page);
    await v.page.locator(`#${ID} .kit-player button`).first().click();
    await expect.poll(() => summary(v.page)).toContain('Step 14 of 15');
    await v.close();
  });

  it('on Himmelblau, starts one unit apart end in different minima (chapter 4’s task)', async () => {
    const v = await tab.open(`${PATH}?${ID}=surface:himmelblau,x:0,y:0,eta:0.01,steps:40,at:40#${ID}`);
    await ready(v.page);
    await expect.poll(() => summary(v.page)).toContain('Step 40 of 40: (3.00, 2.00)');
    await v.close();
    const w = await tab2.open(`${PATH}?${ID}=surface:himmelblau,x:-1,y:0,eta:0.01,steps:40,at:40#${ID}`);
    await ready(w.page);
    await expect.poll(() => summary(w.page)).toContain(`Step 40 of 40: (${MINUS}2.81, 3.13)`);
    expect(await summary(w.page)).toContain(`Near the minimum (${MINUS}2.81, 3.13)`);
    await w.close();
  });

  it('backtracking on Rosenbrock gets far closer in 200 steps than a fixed η = 0.001', async () => {
    const v = await tab.open(
      `${PATH}?${ID}=surface:rosenbrock,method:armijo,x:-1.5,y:1.5,eta:1,steps:200,at:200#${ID}`,
    );
    await ready(v.page);
    await expect.poll(() => summary(v.page)).toContain('Step 200 of 200: (0.77, 0.59)');
    expect(await summary(v.page)).toMatch(
      /Backtracking line search tries η = 1 .* It accepted steps from 0\.000977 to 1\.00\./,
    );
    await v.close();
    const f = await tab2.open(`${PATH}?${ID}=surface:rosenbrock,x:-1.5,y:1.5,eta:0.001,steps:200,at:200#${ID}`);
    await ready(f.page);
    await expect.poll(() => summary(f.page)).toContain(`Step 200 of 200: (${MINUS}1.11, 1.24)`);
    await f.close();
  });
});
