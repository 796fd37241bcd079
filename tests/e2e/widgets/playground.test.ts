// playground specifics: the static page shows the default Rosenbrock race; typing a formula
// redraws the map and the paths; a formula that does not read is explained at the character
// while the figure keeps the last good one; the formula travels in the link; hostile formula
// text in the URL is shown as text, never run; the map is computed in a worker (allowed by the
// Content Security Policy), and on the main thread when the worker cannot load; on a phone's
// screen the first map is the server's SVG brought up to date in place. (Generic widget
// behaviour is in kit.ts.)
import type { Dialog, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lastBlock, openPage, siteUrl, useBrowser, usePage, widgetReady } from '../../support/site';
import { idle } from '../../support/widgets';

const ID = 'playground';
const PATH = 'playground/';
const b = useBrowser();
const noScript = usePage(b, { javaScriptEnabled: false });
const tab = usePage(b);
const tab2 = usePage(b); // a second page, for tests that compare two loads side by side

const summary = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit="summary"]`).innerText();
const field = (page: Page) => page.locator(`#${ID} .pg-formula-input`);
const mapSvg = (page: Page): Promise<string> => page.locator(`#${ID} [data-kit-figure="map"]`).innerHTML();
const mapLabel = (page: Page): Promise<string | null> =>
  page.locator(`#${ID} [data-kit-figure="map"]`).getAttribute('aria-label');
/**
 * The map once the widget has its answer (the first one comes from the worker: until then the
 * static figure stays) and has drawn it (a first drawing takes a few tasks): the same markup
 * twice, 100 ms apart.
 */
async function settledMap(page: Page): Promise<string> {
  await idle(page);
  let last = await mapSvg(page);
  for (;;) {
    await page.waitForTimeout(100);
    const now = await mapSvg(page);
    if (now === last) return now;
    last = now;
  }
}

describe('playground', () => {
  it('without JavaScript shows the default function, both paths and their labels', async () => {
    const v = await noScript.open(PATH);
    const s = await summary(v.page);
    expect(s).toContain('f(x, y) = (1 - x)^2 + 100*(y - x^2)^2');
    expect(s).toMatch(/Path 1 \(Gradient descent, η = 0\.00100\): still moving after 2000 steps, f = 0\.195/);
    expect(s).toMatch(/Path 2 \(Adam, η = 0\.0500.*\): still moving after 2000 steps, f = 1\.7\d*e−12/);
    expect(await v.page.locator(`#${ID} [data-kit-figure="map"] svg`).count()).toBeGreaterThanOrEqual(3);
    await v.close();
  });

  it('hydrates to what the server showed: the same summary and path labels, the figure drawn live', async () => {
    const labels = (page: Page): Promise<string[]> => page.locator(`#${ID} .pg-run-label`).allInnerTexts();
    const server = await noScript.open(PATH);
    const serverSummary = await summary(server.page);
    const serverLabels = await labels(server.page);
    await server.close();
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    // Until the worker's first answer the server's text stays: never "computing…".
    expect(await labels(v.page)).toEqual(serverLabels);
    expect(await summary(v.page)).toBe(serverSummary);
    await settledMap(v.page);
    expect(await labels(v.page)).toEqual(serverLabels);
    expect(await summary(v.page)).toBe(serverSummary);
    // Drawn at the figure's own size (the server's is 640 wide), paths and labels included: every
    // layer, once the first drawing's last task has run (one layer a task, on a busy machine
    // possibly more than 100 ms apart).
    const liveWidth = async (): Promise<boolean> => {
      const svg = await mapSvg(v.page);
      const width = await v.page.locator(`#${ID} [data-kit-figure="map"]`).evaluate((e) => Math.round(e.clientWidth));
      return svg.match(/<svg [^>]*width="(\d+)"/g)?.every((t) => t.includes(`width="${width}"`)) === true;
    };
    await expect.poll(liveWidth, { timeout: 15_000 }).toBe(true);
    expect(await mapSvg(v.page)).toContain('>2</text>');
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('typing a formula redraws the map; an unreadable one is explained at its column and the figure stays', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    const before = await settledMap(v.page);
    await field(v.page).fill('x^2 + 3*y^2');
    await expect.poll(() => summary(v.page)).toContain('f(x, y) = x^2 + 3*y^2');
    await expect.poll(() => mapSvg(v.page)).not.toBe(before);
    const good = await settledMap(v.page);
    await field(v.page).fill('x^2 + 3*z^2');
    const msg = v.page.locator(`#${ID} .pg-formula-msg`);
    await expect.poll(() => msg.innerText()).toContain('unknown name `z` at column 9');
    expect(await msg.locator('mark').innerText()).toBe('z');
    expect(await field(v.page).getAttribute('aria-invalid')).toBe('true');
    expect(await summary(v.page)).toContain('f(x, y) = x^2 + 3*y^2');
    expect(await mapSvg(v.page)).toBe(good);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('on a phone screen (pixel ratio 2) brings the server’s map up to date in place, then follows the formula', async () => {
    const context = await b.browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
    // The layers as the server sent them, before any script has run on the page.
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const layers = document.querySelectorAll('#playground [data-kit-figure="map"] > .kit-layer');
        (window as unknown as { server: Element[] }).server = [...layers].map((l) => l.firstElementChild!);
      }),
    );
    const page = await context.newPage();
    await page.goto(siteUrl(PATH));
    await widgetReady(page, ID);
    await settledMap(page);
    const kept = await page.evaluate(() => {
      const server = (window as unknown as { server: Element[] }).server;
      const layers = document.querySelectorAll('#playground [data-kit-figure="map"] > .kit-layer');
      return [...layers].map((l, i) => l.firstElementChild === server[i]);
    });
    // The axes are Plot's drawing; the map, the arrows and the paths are the server's SVGs, resized.
    expect(kept).toEqual([false, true, true, true]);
    const widths = await page
      .locator(`#${ID} [data-kit-figure="map"] > .kit-layer > svg`)
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('width')));
    expect(new Set(widths).size).toBe(1);
    expect(Number(widths[0])).toBeLessThan(360);
    expect(await mapSvg(page)).not.toMatch(/NaN|Infinity/);
    const before = await settledMap(page);
    await field(page).fill('x^2 + 3*y^2');
    await expect.poll(() => mapLabel(page)).toContain('f(x, y) = x^2 + 3*y^2 with 2 descent paths');
    expect(await settledMap(page)).not.toBe(before);
    await context.close();
  });

  it('the map of a typed formula comes from the map worker, which loads under the CSP', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    const before = await settledMap(v.page);
    await field(v.page).fill('x^2 + 3*y^2 + sin(4*x)');
    await expect.poll(() => mapLabel(v.page)).toContain('f(x, y) = x^2 + 3*y^2 + sin(4*x) with 2 descent paths');
    expect(await settledMap(v.page)).not.toBe(before);
    expect(
      v.page
        .workers()
        .map((w) => w.url())
        .filter((u) => /\/map\.worker[-.][\w-]*\.js$/.test(u)),
    ).toHaveLength(1);
    expect(v.consoleErrors).toEqual([]);
    expect(v.failedRequests).toEqual([]);
    await v.close();
  });

  it('draws the same map on the main thread when the worker cannot load', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    const good = await settledMap(v.page);
    await field(v.page).fill('x^2 + 3*y^2 + sin(4*x)');
    await expect.poll(() => mapLabel(v.page)).toContain('f(x, y) = x^2 + 3*y^2 + sin(4*x) with');
    const fromWorker = await settledMap(v.page);
    const page = v.page.url().replace(/\?.*$/, '');
    await v.close();

    const w = await openPage(b.browser, 'about:blank');
    await w.page.route(/map\.worker[-.][\w-]*\.js$/, (r) => r.abort());
    await w.page.goto(page);
    await widgetReady(w.page, ID);
    expect(await settledMap(w.page)).toBe(good);
    await field(w.page).fill('x^2 + 3*y^2 + sin(4*x)');
    await expect.poll(() => mapLabel(w.page)).toContain('f(x, y) = x^2 + 3*y^2 + sin(4*x) with');
    expect(await settledMap(w.page)).toBe(fromWorker);
    expect(w.failedRequests.some((r) => /map\.worker/.test(r))).toBe(true);
    await w.close();
  });

  it('the formula and the paths travel in the link', async () => {
    const v = await tab.open(PATH);
    await widgetReady(v.page, ID);
    await field(v.page).fill('max(x, y)^2 + sin(3*x)');
    await expect.poll(() => summary(v.page)).toContain('max(x, y)^2 + sin(3*x)');
    await v.page.locator(`#${ID} select`).nth(1).selectOption('rmsprop');
    await expect.poll(() => summary(v.page)).toContain('Path 1 (RMSProp');
    // The URL is written 250 ms after the last change.
    await expect.poll(() => decodeURIComponent(v.page.url())).toContain('rmsprop');
    const url = v.page.url();
    expect(decodeURIComponent(url)).toContain('max(x%2C y)');
    const s = await summary(v.page);
    const w = await tab2.open(url);
    await widgetReady(w.page, ID);
    await expect.poll(() => summary(w.page)).toBe(s);
    expect(await field(w.page).inputValue()).toBe('max(x, y)^2 + sin(3*x)');
    await v.close();
    await w.close();
  });

  it('hostile formula text in the URL is shown as text with its error, never run', async () => {
    for (const f of [
      'constructor',
      'x.constructor',
      '<img src=x onerror=alert(1)>',
      'alert(1)',
      `${'('.repeat(400)}x`,
    ]) {
      const v = await tab.open(
        `${PATH}?${ID}=f:${encodeURIComponent(f.replace(/%/g, '%25').replace(/,/g, '%2C').replace(/:/g, '%3A'))}`,
      );
      let dialog = false;
      const onDialog = (d: Dialog): void => {
        dialog = true;
        void d.dismiss();
      };
      v.page.on('dialog', onDialog);
      await widgetReady(v.page, ID);
      await expect.poll(() => field(v.page).inputValue()).toBe(f);
      expect(await v.page.locator(`#${ID} .pg-formula-msg.kit-error`).count()).toBe(1);
      expect(await summary(v.page)).toContain('f(x, y) = (1 - x)^2 + 100*(y - x^2)^2');
      expect(await v.page.locator(`#${ID} img, #${ID} script`).count()).toBe(0);
      expect(dialog).toBe(false);
      expect(v.consoleErrors).toEqual([]);
      v.page.off('dialog', onDialog);
      await v.close();
    }
  });

  it('a path that reaches a point where f is not defined stops with a label, and the map is masked', async () => {
    const v = await tab.open(`${PATH}?${ID}=f:log(x)%2By%5E2,sx:2,sy:1,opt:gradient-descent,eta:3,mu:0.9,rho:0.999`);
    await widgetReady(v.page, ID);
    await expect.poll(() => summary(v.page)).toContain('f is not defined on 50 % of the window');
    expect(await summary(v.page)).toContain(
      'Path 1 (Gradient descent, η = 3.00): stopped after 1 step: f or ∇f is not defined at the next point',
    );
    const svg = await settledMap(v.page);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toMatch(/>1: (stopped|leaves the map)</);
    await v.close();
  });

  it('makes no Intl.NumberFormat while it loads, hydrates and draws its first map (a page’s first costs Chromium 35–55 ms)', async () => {
    const v = await openPage(b.browser, 'about:blank');
    await v.page.addInitScript(() => {
      let made = 0;
      Intl.NumberFormat = new Proxy(Intl.NumberFormat, {
        construct: (target, args) => (made++, Reflect.construct(target, args)),
        apply: (target, self, args) => (made++, Reflect.apply(target, self, args)),
      });
      (window as unknown as { numberFormats: () => number }).numberFormats = () => made;
    });
    await v.page.goto(siteUrl(PATH));
    await widgetReady(v.page, ID);
    await settledMap(v.page);
    expect(await mapLabel(v.page)).toMatch(/^Contour map of f\(x, y\) = \(1 - x\)\^2/);
    // The guard itself counts: a NumberFormat made now is seen.
    const counted = (): Promise<number> =>
      v.page.evaluate(() => (window as unknown as { numberFormats: () => number }).numberFormats());
    expect(await counted()).toBe(0);
    await v.page.evaluate(() => new Intl.NumberFormat('en').format(1));
    expect(await counted()).toBe(1);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
  });

  it('lays out the text below the widget only once it comes near (a phone), by a guess near its size; draws it without JavaScript', async () => {
    const phone = { viewport: { width: 412, height: 823 } };
    const v = await tab.open('playground/', phone);
    const grammar = await lastBlock(v.page, '.playground .drawn-when-near');
    expect(grammar.skipped).toBe(true);
    // A guess far from its size would move the page when it is drawn, or draw it too soon.
    expect(Math.abs(grammar.height - grammar.drawnHeight) / grammar.drawnHeight).toBeLessThan(0.15);
    await v.close();
    const without = await noScript.open('playground/', phone);
    expect((await lastBlock(without.page, '.playground .drawn-when-near')).skipped).toBe(false);
    await without.close();
  });
});
