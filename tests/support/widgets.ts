/**
 * Helpers for the widget kit's generic end-to-end tests (tests/e2e/widgets/kit*.test.ts):
 * find every widget in the built site, hydrate it, read what it shows, drive it
 * by keyboard. Use inside a vitest e2e file (they read the provided siteDir/siteBase).
 */
import type { Locator, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { allPagePaths, chapterPaths, islandsSettled, scrollIntoViewNow, waitForElement } from './site';

export interface PageWidgets {
  path: string;
  ids: string[];
}

/**
 * Chapter pages and their widgets, read from the built files at collection
 * time (so each widget gets its own tests): the chapter list comes from the
 * sidebar (nav[aria-label="Chapters"]) of the first chapter page.
 */
export function discover(): PageWidgets[] {
  const dir = inject('siteDir');
  const base = inject('siteBase');
  const files = chapterPaths();
  if (files.length === 0) return [];
  const html = (p: string): string => {
    const f = join(dir, p, 'index.html');
    return existsSync(f) ? readFileSync(f, 'utf8') : '';
  };
  const nav = /<nav[^>]*aria-label="Chapters"[^>]*>([\s\S]*?)<\/nav>/.exec(html(files[0]!))?.[1] ?? '';
  const fromNav = [...nav.matchAll(/href="([^"]+)"/g)]
    .map((m) => new URL(m[1]!, `http://x${base}chapters/`).pathname)
    .filter((h) => h.startsWith(`${base}chapters/`))
    .map((h) => h.slice(base.length));
  // Pages outside the chapters that carry widgets (the playground) are tested the same way.
  const others = allPagePaths().filter((p) => p !== '' && !p.startsWith('chapters/') && p.endsWith('/'));
  const paths = [...new Set([...(fromNav.length > 0 ? fromNav : files), ...others])];
  return paths
    .map((path) => ({ path, ids: [...new Set([...html(path).matchAll(/data-widget="([\w-]+)"/g)].map((m) => m[1]!))] }))
    .filter((p) => p.ids.length > 0);
}

/** Scroll a widget into view and wait until it is interactive. */
export async function hydrate(page: Page, id: string): Promise<void> {
  await scrollIntoViewNow(page, `[data-widget="${id}"]`);
  await waitForElement(page, `[data-widget="${id}"][data-hydrated]`, 15_000);
  // Let the first live draw (next animation frame) happen, and any worker task finish.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await idle(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Until no widget has worker work in flight (`data-kit-pending`, e.g. a network still training). */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-kit-pending]') === null, undefined, {
    timeout: 60_000,
  });
}

/** What the figure shows (all layers' markup) and the summary text. */
export async function snapshot(page: Page, id: string): Promise<{ svg: string; summary: string }> {
  return page.evaluate((wid) => {
    const root = document.querySelector(`[data-widget="${wid}"]`);
    if (!root) throw new Error(`No widget ${wid}`);
    return {
      svg: Array.from(root.querySelectorAll('.kit-figure svg'))
        .map((s) => s.outerHTML.replace(/(plot-[a-z]+-)\d+/g, '$1#'))
        .join('\n'),
      summary: root.querySelector('[data-kit="summary"]')?.textContent ?? '',
    };
  }, id);
}

/** Two frames, then until no 3-D view is still drawing its turning (coarser) mesh. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
  );
  await page.waitForFunction(() => document.querySelector('[data-kit3d-detail="moving"]') === null, undefined, {
    timeout: 2000,
  });
  await idle(page);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))),
  );
}

/**
 * Keyboard only: Tab into the widget, then on each Tab stop try the arrow keys
 * until the summary changes. Returns the number of Tab presses used, or -1.
 * `from`: a Tab stop known to react (an earlier call's result) — the keys, and
 * the opposite ones, are tried there first, skipping the stops before it, and
 * only if it does not react are all stops tried from the first.
 */
export async function driveByKeyboard(page: Page, id: string, from?: number): Promise<number> {
  // Only the summary is compared: reading it is cheap, serialising every SVG (snapshot) is not.
  const summary = (): Promise<string> =>
    page.evaluate(
      (wid) => document.querySelector(`[data-widget="${wid}"] [data-kit="summary"]`)?.textContent ?? '',
      id,
    );
  const before = await summary();
  const focusBefore = (): Promise<void> =>
    // Put focus just before the widget: its heading, made focusable for a moment.
    page.evaluate((wid) => {
      const h = document.querySelector<HTMLElement>(`[data-widget="${wid}"] .kit-title`);
      if (!h) throw new Error(`No title in widget ${wid}`);
      h.tabIndex = -1;
      h.focus();
    }, id);
  const inside = (): Promise<boolean> =>
    page.evaluate((wid) => document.activeElement?.closest('[data-widget]')?.getAttribute('data-widget') === wid, id);
  if (from !== undefined && from > 0) {
    // The known stop first: Tab straight to it, then the keys as below.
    await focusBefore();
    for (let tabs = 1; tabs <= from; tabs++) await page.keyboard.press('Tab');
    if (await inside()) {
      // Back as well as forth: a state read from the URL can leave that control at its end.
      for (const key of ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown']) {
        await page.keyboard.press(key);
        await page.keyboard.press(key);
        await settle(page);
        if ((await summary()) !== before) return from;
      }
    }
  }
  // Every stop from the first: on each, the keys, settle, compare.
  await focusBefore();
  for (let tabs = 1; tabs <= 12; tabs++) {
    await page.keyboard.press('Tab');
    if (!(await inside())) return -1;
    for (const key of ['ArrowRight', 'ArrowUp']) {
      await page.keyboard.press(key);
      await page.keyboard.press(key);
      await settle(page);
      if ((await summary()) !== before) return tabs;
    }
  }
  return -1;
}

/** A touch tap (pointerdown then pointerup, as a finger) at client coordinates on a figure. */
export async function tapByTouch(figure: Locator, at: { x: number; y: number }): Promise<void> {
  for (const type of ['pointerdown', 'pointerup']) {
    await figure.dispatchEvent(type, {
      pointerId: 7,
      pointerType: 'touch',
      isPrimary: true,
      button: 0,
      clientX: at.x,
      clientY: at.y,
    });
  }
}

/**
 * Hydrate every client:visible island: scroll each one not yet hydrated into view at once and
 * wait for it (not a viewport as tall as the page: drawing all of it cost more than the islands).
 */
export async function hydrateWholePage(page: Page): Promise<void> {
  for (;;) {
    const next = await page.evaluate(() => {
      const island = document.querySelector<HTMLElement>('astro-island[ssr]:not([data-csp-waited])');
      if (!island) return false;
      island.dataset.cspWaited = '';
      // The island itself has no box (display: contents): its first child has.
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center', behavior: 'instant' });
      return true;
    });
    if (!next) break;
    await page.waitForFunction(() => document.querySelector('astro-island[ssr][data-csp-waited]') === null, undefined, {
      timeout: 20_000,
    });
  }
  await islandsSettled(page);
}
