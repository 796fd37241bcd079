// Nothing on a page moves once painted, on a phone over a slow connection or on a
// desktop: cumulative layout shift (the sum of `layout-shift` entries without
// recent input, as Lighthouse counts it during load) stays at or under 0.05.
// The connection is Lighthouse's mobile one at every width (~1.6 Mbit/s, 150 ms
// latency); at phone width the CPU is also 4× slower, as on Lighthouse's phone, until
// the islands on screen and the fonts are done, while the desktop width keeps its full
// CPU (Chromium's CPU throttling burns real CPU: a throttled load costs ~2 s of it
// here, an unthrottled one ~1.5 s). The test
// server gzips like GitHub Pages. Each width loads its pages one after another in one
// page with the browser cache off (a first visit's loads, without a new context each).
import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allPagePaths,
  islandsSettled,
  scrollIntoViewNow,
  siteUrl,
  useBrowser,
  waitForElement,
  widgetReady,
} from '../../support/site';

const MAX_CLS = 0.05;

interface Shift {
  value: number;
  sources: string[];
}

/** Records every `layout-shift` entry without recent input, from the document's first paint. */
function recordShifts(): void {
  const w = window as unknown as { __shifts: Shift[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    })[]) {
      if (e.hadRecentInput) continue;
      w.__shifts.push({
        value: e.value,
        sources: e.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const name = el
            ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')}`
            : '?';
          return `${name} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * One throttled page per width for the file's loads, its cache off: every load fetches every
 * file over the slow connection, as a first visit does, without a new context (and renderer
 * process) per load. Closed after the file.
 */
function useThrottledPage(b: { readonly browser: Browser }, width: number, cpuSlowdown: number) {
  let session: Promise<{ page: Page; cdp: CDPSession }> | undefined;
  const start = async (): Promise<{ page: Page; cdp: CDPSession }> => {
    const context = await b.browser.newContext({ viewport: { width, height: width < 600 ? 823 : 900 } });
    await context.addInitScript(recordShifts);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 / 8) * 0.9,
      uploadThroughput: (750e3 / 8) * 0.9,
    });
    return { page, cdp };
  };
  afterAll(async () => {
    const page = (await session?.catch(() => undefined))?.page;
    await page
      ?.context()
      .close()
      .catch(() => undefined);
  });
  return async (path: string): Promise<Shift[]> => {
    let held = session ? await session.catch(() => undefined) : undefined;
    if (!held || held.page.isClosed() || !b.browser.isConnected()) {
      session = start();
      held = await session;
    }
    const { page, cdp } = held;
    try {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto(siteUrl(path), { waitUntil: 'load', timeout: 60_000 });
      // Late work: islands hydrating, fonts, observers. What the shifts depend on is waited for
      // itself, at the slow CPU: the islands on screen hydrated and drawn, the fonts loaded.
      await islandsSettled(page, 10_000);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // Then the page is idle, and the rest of the wait runs at full speed: Chromium's CPU
      // throttling spins a core even while the page does nothing (about 1 CPU-s per load here).
      // The network going quiet for 500 ms is waited for 5 s at most: on a busy machine one load
      // or two a run never saw it in 20 s, while its islands and fonts were long done. Shifts
      // keep being recorded through it and a last 500 ms.
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      return await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    } finally {
      await page.goto('about:blank').catch(() => undefined);
    }
  };
}

const pages = allPagePaths().filter((p) => p !== '404.html');

function shiftTest(load: (path: string) => Promise<Shift[]>, path: string, width: number, cpuSlowdown: number): void {
  it(`/${path} at ${width} px${cpuSlowdown > 1 ? `, CPU ${cpuSlowdown}× slower` : ''}: CLS ≤ ${MAX_CLS}`, async () => {
    const shifts = await load(path);
    const cls = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(cls, shifts.map((s) => `${s.value.toFixed(3)}: ${s.sources.join(', ')}`).join('\n')).toBeLessThanOrEqual(
      MAX_CLS,
    );
  }, 120_000);
}

describe('layout shift while loading (slow connection)', () => {
  const b = useBrowser();
  describe('phone, 412 px', () => {
    const load = useThrottledPage(b, 412, 4);
    for (const path of pages) shiftTest(load, path, 412, 4);
  });
  describe('desktop, 1280 px', () => {
    const load = useThrottledPage(b, 1280, 1);
    for (const path of pages) shiftTest(load, path, 1280, 1);
  });
});

/** Widgets and quizzes: the islands of a chapter. */
const ISLANDS = '.widget[id], .quiz[id]';

/**
 * The height of each widget and quiz and of each widget's figure boxes on the page now ("id",
 * "id / figure").
 */
function widgetHeights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (islands) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>(islands)].flatMap((w) => [
          [w.id, w.getBoundingClientRect().height],
          ...[...w.querySelectorAll<HTMLElement>('[data-kit-figure]')].map((f) => [
            `${w.id} / ${f.dataset.kitFigure}`,
            f.getBoundingClientRect().height,
          ]),
        ]),
      ),
    ISLANDS,
  );
}

/**
 * Starts recording every height each widget on the page takes from now on (a ResizeObserver:
 * each size a frame laid out), read with `heightsSeen`.
 */
function recordWidgetHeights(page: Page): Promise<void> {
  return page.evaluate((islands) => {
    const seen: Record<string, number[]> = {};
    (window as unknown as { __heights: typeof seen }).__heights = seen;
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) {
        const h = e.borderBoxSize[0]?.blockSize ?? e.target.getBoundingClientRect().height;
        const list = (seen[e.target.id] ??= []);
        if (list.at(-1) !== h) list.push(h);
      }
    });
    document.querySelectorAll(islands).forEach((w) => ro.observe(w));
  }, ISLANDS);
}

const heightsSeen = (page: Page): Promise<Record<string, number[]>> =>
  page.evaluate(() => (window as unknown as { __heights: Record<string, number[]> }).__heights);

// A figure's box has the height of its live drawing before it is drawn (kit.css, PlotFigure's
// figureBoxStyle): the static SVG, drawn at the build's width, fills the same box, so nothing in
// a widget or below it moves when a reader scrolls to it and it hydrates. (The shifts of that
// moment, off the first screen, are not in the loads above. Before, figures grew by up to 82 px
// at hydration, and network-landscape's decision and landscape figures gave way to a line of
// text while the network trained.) Each widget is measured once hydrated and idle, and every
// height it took on the way there, from before it hydrated, is its static height too (a widget
// that redid the server's work at hydration, in a worker, and said "computing" or showed
// training meanwhile, was up to 259 px shorter until the answer came: network-landscape and
// multi-start). The playground, hydrated as its page loads, is measured from the load's end.
// A chapter's quiz too: its "Check answer" rows replace the closed "Show the answer" ones and its
// score line was added at hydration: the quiz grew by 121–159 px.
describe('widgets, their figures and quizzes keep their size when hydrated', () => {
  const b = useBrowser();
  for (const width of [412, 1280])
    it(`every widget, figure and quiz at ${width} px: the same height without JavaScript and live`, async () => {
      const viewport = { width, height: 823 };
      const off = await b.browser.newContext({ viewport, javaScriptEnabled: false });
      const on = await b.browser.newContext({ viewport });
      try {
        const still = await off.newPage();
        const live = await on.newPage();
        const differ: string[] = [];
        let figures = 0;
        for (const path of pages) {
          await still.goto(siteUrl(path));
          const before = await widgetHeights(still);
          const ids = Object.keys(before).filter((k) => !k.includes(' / '));
          if (ids.length === 0) continue;
          await live.goto(siteUrl(path));
          await recordWidgetHeights(live);
          for (const id of ids) {
            if (id.startsWith('quiz-')) {
              await scrollIntoViewNow(live, `#${id}`);
              await waitForElement(live, `#${id}[data-hydrated="true"]`);
              continue;
            }
            await widgetReady(live, id);
            await waitForElement(live, `#${id}:not([data-kit-pending]):not(:has([data-kit-pending]))`);
          }
          const after = await widgetHeights(live);
          for (const [name, h] of Object.entries(before)) {
            if (name.includes(' / ')) figures++;
            if (!(Math.abs((after[name] ?? NaN) - h) <= 0.5)) differ.push(`/${path} ${name}: ${h} → ${after[name]} px`);
          }
          for (const [id, heights] of Object.entries(await heightsSeen(live))) {
            const h = before[id] ?? NaN;
            if (heights.some((x) => !(Math.abs(x - h) <= 0.5)))
              differ.push(`/${path} ${id} on the way: ${h} → ${heights.map((x) => x.toFixed(1)).join(' → ')} px`);
          }
        }
        expect(figures).toBeGreaterThan(30);
        expect(differ).toEqual([]);
      } finally {
        await Promise.all([off.close(), on.close()]);
      }
    }, 120_000);
});
