// Every page loads cleanly, renders its math, and fits a 360 px screen. Pages with widgets are
// checked for all three in the loads the widget kit's tests make of them, every widget hydrated
// (widgets/kit.ts); this file loads the others.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  allPagePaths,
  chapterPaths,
  fragmentFound,
  islandsSettled,
  lastBlock,
  pageWidths,
  RAW_TEX,
  renderedMath,
  type SkippedBlock,
  useBrowser,
  usePage,
} from '../../support/site';
import { discover } from '../../support/widgets';

describe('site pages', () => {
  const b = useBrowser();
  const noScript = usePage(b, { javaScriptEnabled: false });
  // Pages for the file's loads (no test here stores state).
  const tab = usePage(b);

  const withWidgets = new Set(discover().map((p) => p.path));
  const pages = allPagePaths().filter((p) => !withWidgets.has(p));

  it('has a home page, at least one chapter and a 404 page', () => {
    const paths = allPagePaths();
    expect(paths).toContain('');
    expect(paths).toContain('404.html');
    expect(chapterPaths().length).toBeGreaterThan(0);
  });

  it('leaves only the pages with widgets to the widget kit’s tests', () => {
    expect(withWidgets.size).toBeGreaterThan(0);
    expect(pages).toEqual(expect.arrayContaining(['', '404.html']));
  });

  it('loads every page without widgets with no console error and no failed request, and renders math on every chapter: KaTeX present, no raw $$ left', async () => {
    const chapters = new Set(chapterPaths());
    for (const path of pages) {
      const v = await tab.open(path);
      if (chapters.has(path)) {
        // Math, as loaded (before the islands hydrate).
        const { katex, text } = await renderedMath(v.page);
        expect.soft(katex, `KaTeX on /${path}`).toBeGreaterThan(0);
        expect.soft(text.includes('$$'), `raw $$ on /${path}`).toBe(false);
        expect.soft(RAW_TEX.test(text), `raw TeX on /${path}`).toBe(false);
      }
      // Let the islands on screen hydrate and draw.
      await islandsSettled(v.page);
      expect.soft(v.consoleErrors, `console on /${path}`).toEqual([]);
      expect.soft(v.failedRequests, `requests on /${path}`).toEqual([]);
      await v.close();
    }
  });

  it('has no horizontal scroll at 360 px on any page without widgets', async () => {
    for (const path of pages) {
      const v = await tab.open(path, { viewport: { width: 360, height: 740 } });
      await islandsSettled(v.page);
      const [scrollWidth, innerWidth] = await pageWidths(v.page);
      expect.soft(scrollWidth, `scrollWidth on /${path}`).toBeLessThanOrEqual(innerWidth);
      await v.close();
    }
  });

  it('keeps wide display math scrollable inside its box at 360 px', async () => {
    const path = chapterPaths()[0]!;
    const v = await tab.open(path, { viewport: { width: 360, height: 740 } });
    const overflow = await v.page.evaluate(() =>
      [...document.querySelectorAll('.katex-display')].map((el) => getComputedStyle(el).overflowX),
    );
    for (const o of overflow) expect(o).toBe('auto');
    await v.close();
  });

  it('makes exactly the display formulas wider than their box at 360 px focusable, once each is drawn', async () => {
    // gradient-descent: six display formulas, two of them wider than a 360 px screen.
    const v = await tab.open('chapters/gradient-descent/', { viewport: { width: 360, height: 740 } });
    const boxes = v.page.locator('#content .katex-display');
    const wide: boolean[] = [];
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      await box.scrollIntoViewIfNeeded();
      // The observer reports a box after the frame that lays it out.
      await expect
        .poll(() => box.evaluate((el) => el.scrollWidth > el.clientWidth + 1 === (el.getAttribute('tabindex') === '0')))
        .toBe(true);
      wide.push(await box.evaluate((el) => el.scrollWidth > el.clientWidth + 1));
    }
    await v.close();
    // Both kinds, or the test checks only one side.
    expect(wide).toContain(true);
    expect(wide).toContain(false);
  });

  it('reads without JavaScript: chapter text, math and navigation are in the HTML', async () => {
    const path = chapterPaths()[0]!;
    const v = await noScript.open(path);
    expect(await v.page.locator('#content h1').count()).toBe(1);
    expect(await v.page.locator('#content .katex').count()).toBeGreaterThan(0);
    expect(await v.page.locator('nav[aria-label="Chapters"] a').count()).toBe(chapterPaths().length);
    await v.close();
  });

  it('prints the text without navigation, search or toc, and writes out link targets', async () => {
    const path = chapterPaths()[0]!;
    const v = await tab.open(path);
    await v.page.emulateMedia({ media: 'print' });
    const shown = await v.page.evaluate(() => {
      const visible = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? el.checkVisibility() : null;
      };
      return {
        header: visible('.site-header'),
        sidebar: visible('nav[aria-label="Chapters"]'),
        toc: visible('nav[aria-label="On this page"]'),
        search: visible('#search'),
        main: visible('#content'),
      };
    });
    expect(shown).toMatchObject({ header: false, sidebar: false, search: false, main: true });
    if (shown.toc !== null) expect(shown.toc).toBe(false);
    await v.close();
  });

  it('skips the figures of widgets far below the window, at their real size before they are ever drawn and after; draws them without JavaScript and in print', async () => {
    const path = 'chapters/regression-descent/';
    const phone = { viewport: { width: 412, height: 823 } };
    const lastFigure = (page: Page): Promise<SkippedBlock> => lastBlock(page, '.prose .kit-figure');
    const top = await tab.open(path, phone);
    // Never drawn: skipped, and yet of its real height, which its box takes from its width (kit.css:
    // the figure's aspect ratio, clamped), not from its content.
    const sized = await lastFigure(top.page);
    expect(sized.skipped).toBe(true);
    expect(Math.abs(sized.height - sized.drawnHeight)).toBeLessThanOrEqual(1);
    // Its controls are drawn: axe measures them (target size), a reader can tab to them.
    const controlDrawn = await top.page.evaluate(() => {
      const widgets = document.querySelectorAll('.prose .widget');
      const control = widgets[widgets.length - 1]?.querySelector('button, input, select');
      return control ? control.checkVisibility({ contentVisibilityAuto: true }) : null;
    });
    expect(controlDrawn).toBe(true);
    // The switch to print takes effect with the next rendering update: polled.
    await top.page.emulateMedia({ media: 'print' });
    await expect.poll(async () => (await lastFigure(top.page)).skipped).toBe(false);
    await top.close();
    // A link to the first section, far above the figure: every block is laid out while the
    // browser finds the target; the figure, skipped again, keeps its real height.
    const atFragment = await tab.open(`${path}#ten-points-and-a-line`, phone);
    await fragmentFound(atFragment.page);
    const remembered = await lastFigure(atFragment.page);
    expect(remembered.skipped).toBe(true);
    expect(Math.abs(remembered.height - remembered.drawnHeight)).toBeLessThanOrEqual(1);
    await atFragment.close();
    const without = await noScript.open(path, phone);
    expect((await lastFigure(without.page)).skipped).toBe(false);
    await without.close();
  });

  it('the 404 page offers the way home, search and the chapters', async () => {
    const v = await tab.open('no/such/page/');
    expect(await v.page.locator('h1').innerText()).toMatch(/not/i);
    expect(await v.page.locator('#content a[href="/downhill/"]').count()).toBeGreaterThan(0);
    expect(await v.page.locator('#search input#site-search').count()).toBe(1);
    expect(await v.page.locator('#content nav a[href^="/downhill/chapters/"]').count()).toBe(chapterPaths().length);
    await v.close();
  });
});
