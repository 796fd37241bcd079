/**
 * Helpers for end-to-end tests against the built site served by e2e-setup.ts.
 *
 *   const b = useBrowser();                       // the worker's Chromium, shared across files
 *   const v = await openPage(b.browser, 'chapters/loss-functions/');
 *   expect(v.consoleErrors).toEqual([]);
 *   await v.close();
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium';

/** Absolute URL of a path inside the site: siteUrl('chapters/loss-surface/'). */
export function siteUrl(path = ''): string {
  return inject('siteOrigin') + inject('siteBase') + path.replace(/^\//, '');
}

/** The base path the site was built and is served under ("/downhill/"). */
export function siteBase(): string {
  return inject('siteBase');
}

let sharedBrowser: Promise<Browser> | undefined;

/**
 * The worker's Chromium, launched on first use and shared by every test file
 * the worker runs (the e2e project runs files with `isolate: false`, so this
 * module and its browser outlive one file). Playwright kills it when the worker
 * exits. If a test closes it, the next call launches a new one.
 */
function workerBrowser(): Promise<Browser> {
  if (!sharedBrowser) {
    const launching = launchChromium();
    sharedBrowser = launching;
    launching.then(
      (b) =>
        b.on('disconnected', () => {
          if (sharedBrowser === launching) sharedBrowser = undefined;
        }),
      () => {
        if (sharedBrowser === launching) sharedBrowser = undefined;
      },
    );
  }
  return sharedBrowser;
}

/**
 * Chromium for this file's tests: the worker's shared browser. Each test gets
 * its own browser context from openPage(), so nothing but the process is
 * shared; contexts a file leaves open are closed after its tests.
 */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  let before = new Set<BrowserContext>();
  beforeAll(async () => {
    browser = await workerBrowser();
    before = new Set(browser.contexts());
  });
  afterAll(async () => {
    if (!browser?.isConnected()) return;
    await Promise.all(
      browser
        .contexts()
        .filter((c) => !before.has(c))
        .map((c) => c.close()),
    );
  });
  return {
    get browser() {
      if (!browser) throw new Error('useBrowser(): browser not launched yet (use it inside tests)');
      return browser;
    },
  };
}

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Wait for this load state (default 'load'). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface PageVisit {
  page: Page;
  context: BrowserContext;
  /** console.error / console.warn messages and uncaught page errors. */
  consoleErrors: string[];
  /** Requests that failed or answered >= 400 (URL and reason). */
  failedRequests: string[];
  close(): Promise<void>;
}

/** Open `path` (relative to the site base, or an absolute URL) in a fresh context. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<PageVisit> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`));
  page.on('response', (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  });
  const url = /^https?:/.test(path) ? path : siteUrl(path);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, consoleErrors, failedRequests, close: () => context.close() };
}

/** Paths (relative to the base) of every chapter page in the built site, in file order. */
export function chapterPaths(): string[] {
  const dir = join(inject('siteDir'), 'chapters');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `chapters/${d.name}/`)
    .sort();
}

/** Every HTML page a student can reach: home, chapters, other top-level pages, and the 404 page. */
export function allPagePaths(): string[] {
  const root = inject('siteDir');
  const top = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'chapters' && existsSync(join(root, d.name, 'index.html')))
    .map((d) => `${d.name}/`);
  return ['', ...chapterPaths(), ...top, ...(existsSync(join(root, '404.html')) ? ['404.html'] : [])];
}

/** WCAG 2.1 A/AA violations axe-core finds on the page, as readable strings. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** Scroll widget `id` into view, wait until it has hydrated, then for two frames so it has drawn. */
export async function widgetReady(page: Page, id: string): Promise<void> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`#${id}[data-hydrated]`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Wait until the islands on screen have hydrated (Astro drops their `ssr`
 * attribute), then two frames so they have drawn: the point where a page that
 * has just loaded has started everything a reader sees. Gives up after
 * `timeout` ms without failing, so that the test's own checks (console errors,
 * layout) report what went wrong.
 */
export async function islandsSettled(page: Page, timeout = 5000): Promise<void> {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('astro-island[ssr]')].every((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom <= 0 || r.top >= innerHeight || r.width === 0;
        }),
      undefined,
      { timeout },
    )
    .catch(() => undefined);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
