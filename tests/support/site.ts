/**
 * Helpers for end-to-end tests against the built site served by e2e-setup.ts.
 *
 *   const b = useBrowser();                       // the worker's Chromium, shared across files
 *   const v = await openPage(b.browser, 'chapters/loss-functions/');
 *   expect(v.consoleErrors).toEqual([]);
 *   await v.close();
 */
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response } from 'playwright-core';
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
        .filter((c) => !before.has(c) && !pooled.has(c))
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
  /**
   * The Content Security Policy violations of the document now in the page: every
   * `securitypolicyviolation` event since its first byte (recordViolations) and every console
   * message about the policy. For pages of usePage() and openPage().
   */
  cspViolations(): Promise<string[]>;
  /** Requests that failed or answered >= 400 (URL and reason). */
  failedRequests: string[];
  /** The URL of every request the page made, from its first. */
  requests: string[];
  close(): Promise<void>;
}

/** Record console errors, page errors and failed requests of `page` until `stop()`. */
function watch(page: Page): {
  consoleErrors: string[];
  failedRequests: string[];
  requests: string[];
  cspViolations(): Promise<string[]>;
  stop(): void;
} {
  const consoleErrors: string[] = [];
  const cspMessages: string[] = [];
  const failedRequests: string[] = [];
  const requests: string[] = [];
  const onRequest = (req: Request): void => {
    requests.push(req.url());
  };
  const onConsole = (msg: ConsoleMessage): void => {
    if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(`${msg.type()}: ${msg.text()}`);
    if (/content security policy|content-security-policy/i.test(msg.text())) cspMessages.push(msg.text());
  };
  const onPageError = (err: Error): void => {
    consoleErrors.push(`pageerror: ${err.message}`);
  };
  const onRequestFailed = (req: Request): void => {
    failedRequests.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
  };
  const onResponse = (res: Response): void => {
    if (res.status() >= 400) failedRequests.push(`${res.url()} (HTTP ${res.status()})`);
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  return {
    consoleErrors,
    failedRequests,
    requests,
    cspViolations: async () => [
      ...((await page.evaluate(() => window.__cspViolations)) ?? ['no recorder in this page (recordViolations)']),
      ...cspMessages,
    ],
    stop() {
      page.off('request', onRequest);
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    },
  };
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records every `securitypolicyviolation` event of a document, from its first byte on: an init
 * script of every page openPage() and usePage() give (it only listens).
 */
export function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push(
      `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    );
  });
}

/** Open `path` (relative to the site base, or an absolute URL) in a fresh context. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<PageVisit> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const { consoleErrors, failedRequests, requests, cspViolations } = watch(page);
  const url = /^(https?|about):/.test(path) ? path : siteUrl(path);
  await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return { page, context, consoleErrors, failedRequests, requests, cspViolations, close: () => context.close() };
}

export interface SharedPage {
  /**
   * Like openPage(), but in this file's one page: a new document (the page goes
   * through about:blank first, so even a URL that differs only in its #fragment
   * loads afresh), with the theme, viewport and motion asked for. close() stops
   * recording and leaves the document, so nothing of it keeps running.
   */
  open(path: string, options?: Omit<OpenOptions, 'javaScriptEnabled'>): Promise<PageVisit>;
}

/** A page of the worker's pool, in a context of its own. */
interface Pooled {
  readonly key: string;
  readonly context: BrowserContext;
  readonly page: Page;
}

/** The pool's contexts: the files' useBrowser() cleanup leaves them open. */
const pooled = new Set<BrowserContext>();
/** Pages of the pool that no file holds now, by JavaScript setting and permissions. */
const idlePages = new Map<string, Pooled[]>();

/**
 * A page from the worker's pool for these settings, or a new one. A pooled page outlives the
 * file that used it: its renderer process keeps what it has already loaded and drawn of the
 * site (styles, fonts and glyphs, compiled scripts), and the first chapter in a new renderer
 * costs 2-3 CPU-seconds more here than the same chapter in one that has drawn a page before
 * (twelve loads of /chapters/learning-rate/ in one page: 17 CPU-s; each in a new page: 47).
 */
async function checkOut(browser: Browser, javaScriptEnabled: boolean, permissions: readonly string[]): Promise<Pooled> {
  const key = `${javaScriptEnabled}|${[...permissions].sort().join(',')}`;
  const idle = idlePages.get(key) ?? [];
  for (let p = idle.pop(); p; p = idle.pop()) {
    if (!p.page.isClosed() && p.context.browser() === browser && browser.isConnected()) return p;
    pooled.delete(p.context);
  }
  const context = await browser.newContext({ javaScriptEnabled });
  pooled.add(context);
  await context.addInitScript(recordViolations);
  if (permissions.length > 0) await context.grantPermissions([...permissions]);
  return { key, context, page: await context.newPage() };
}

/**
 * Back to the pool, as a new file should find it: on about:blank, the site's storage and
 * cookies cleared, the permissions as they were given (the HTTP cache stays: GitHub Pages
 * lets a browser keep files for ten minutes, and the tests that need an empty cache make one).
 */
async function checkIn(p: Pooled, permissions: readonly string[]): Promise<void> {
  try {
    if (p.page.isClosed()) throw new Error('closed');
    await p.page.goto('about:blank');
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: inject('siteOrigin'),
      storageTypes: 'cookies,local_storage,indexeddb,service_workers,cache_storage',
    });
    await cdp.detach();
    await p.context.clearPermissions();
    if (permissions.length > 0) await p.context.grantPermissions([...permissions]);
    idlePages.set(p.key, [...(idlePages.get(p.key) ?? []), p]);
  } catch {
    pooled.delete(p.context);
    await p.context.close().catch(() => undefined);
  }
}

/**
 * One page for a test file's visits, instead of a new context per visit: a page from the
 * worker's pool (see checkOut), held by this file until its tests end. For tests that do not
 * depend on a fresh profile: the site's storage and cookies carry over between the file's
 * visits (the site stores only an explicit theme choice, so a file that clicks the theme
 * toggle must use openPage()), and are cleared before the next file gets the page.
 * `permissions` are granted for the whole file. A file may hold several (a second page to
 * compare two loads side by side).
 */
export function usePage(
  b: { readonly browser: Browser },
  init: { javaScriptEnabled?: boolean; permissions?: string[] } = {},
): SharedPage {
  const permissions = init.permissions ?? [];
  let held: Promise<Pooled> | undefined;
  afterAll(async () => {
    const p = await held?.catch(() => undefined);
    held = undefined;
    if (p) await checkIn(p, permissions);
  });
  return {
    async open(path, options = {}) {
      let p = held ? await held.catch(() => undefined) : undefined;
      if (!p || p.page.isClosed() || !b.browser.isConnected()) {
        held = checkOut(b.browser, init.javaScriptEnabled ?? true, permissions);
        p = await held;
      }
      const { context, page } = p;
      if (page.url() !== 'about:blank') await page.goto('about:blank');
      await page.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
      await page.emulateMedia({
        colorScheme: options.colorScheme ?? 'light',
        reducedMotion: options.reducedMotion ?? 'no-preference',
        media: null,
      });
      const watching = watch(page);
      const url = /^(https?|about):/.test(path) ? path : siteUrl(path);
      try {
        await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
      } catch (err) {
        watching.stop();
        throw err;
      }
      let closed = false;
      return {
        page,
        context,
        consoleErrors: watching.consoleErrors,
        failedRequests: watching.failedRequests,
        requests: watching.requests,
        cspViolations: watching.cspViolations,
        async close() {
          if (closed) return;
          closed = true;
          watching.stop();
          if (!page.isClosed()) await page.goto('about:blank').catch(() => undefined);
        },
      };
    },
  };
}

/** The requests that went to another origin than the site's (data: and blob: URLs aside). */
export function foreignRequests(requests: readonly string[]): string[] {
  const origin = inject('siteOrigin');
  return requests.filter((r) => !r.startsWith(`${origin}/`) && !/^(data|blob):/.test(r));
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

/** The WCAG levels every axe check of the site asks for. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's browser build, read once per test worker. */
let axeSource: string | undefined;

/**
 * WCAG 2.1 A/AA violations axe-core finds on the page (or in the elements
 * `include` selects), as readable strings; `rules`: only these (of the WCAG
 * rules). axe.run() in the page itself (the site has no iframes), with axe put
 * into each document once: a second check of the same load (the other theme)
 * reuses it. @axe-core/playwright's analyze() evaluated axe's 560 KB source again
 * on every call, 0.4 s of the page's main thread even on the home page.
 */
export async function axeViolations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) {
    axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
  }
  return page.evaluate(
    async ({ include, rules, tags }) => {
      type Result = {
        violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
      };
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }).axe;
      const result = await axe.run(include ? { include: [[include]] } : document, {
        resultTypes: ['violations'],
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
      });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`,
      );
    },
    { include, rules, tags: WCAG_TAGS },
  );
}

/** The last element matching `selector`, a block the page skips while off screen (content-visibility: auto). */
export interface SkippedBlock {
  /** Its content is skipped now (not drawn). */
  skipped: boolean;
  /** Its height now: when skipped, the size the browser remembers, or the guess if never drawn. */
  height: number;
  /** Its height once drawn. */
  drawnHeight: number;
}

/** Whether the last `selector` is skipped, and its height as it stands and as it is once drawn. */
export function lastBlock(page: Page, selector: string): Promise<SkippedBlock> {
  return page.evaluate((s) => {
    const all = document.querySelectorAll<HTMLElement>(s);
    const block = all[all.length - 1];
    if (!block?.firstElementChild) throw new Error(`no ${s} with content`);
    const skipped = !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true });
    const height = block.getBoundingClientRect().height;
    block.style.contentVisibility = 'visible';
    const drawnHeight = block.getBoundingClientRect().height;
    block.style.contentVisibility = '';
    return { skipped, height, drawnHeight };
  }, selector);
}

/**
 * Until a page opened at a #fragment has found its target and skips the blocks off screen again
 * (FragmentScript.astro takes `at-fragment` off <html>).
 */
export async function fragmentFound(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.documentElement.classList.contains('at-fragment'), undefined, {
    timeout: 10_000,
  });
}

/*
 * Native queries. Playwright's own selector engine (page.$eval, $$eval, waitForSelector,
 * locators) looks for matches inside shadow roots too, so it walks every element of the
 * document on every call: 16 ms of the page's main thread per call on a chapter of 11,600
 * elements, against 0.7 ms for document.querySelector. waitForSelector runs it on every
 * animation frame while it waits, which slows down the very hydration it waits for. The site
 * has no shadow roots, so the hot paths of the tests use the browser's own queries.
 */

/** Until an element matches `selector` (document.querySelector, polled every frame). */
export async function waitForElement(page: Page, selector: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((s) => document.querySelector(s) !== null, selector, { timeout });
}

/**
 * `fn` of the first element matching `selector`, in the page (like page.$eval, with
 * document.querySelector). Throws if nothing matches.
 */
export async function evalFirst<R>(page: Page, selector: string, fn: (el: Element) => R): Promise<R> {
  const handle = await page.evaluateHandle((s) => document.querySelector(s), selector);
  try {
    const el = handle.asElement();
    if (!el) throw new Error(`No element matches ${selector}`);
    return (await el.evaluate(fn)) as R;
  } finally {
    await handle.dispose();
  }
}

/**
 * Scroll the first element matching `selector` into view at once, if no part of
 * it is in the window (`whole`: if any part is out of it), like
 * Element.scrollIntoViewIfNeeded: a page opened at `#id` stays where the link
 * landed. Not Playwright's scrollIntoViewIfNeeded(): the site scrolls smoothly
 * (global.css, without reduced motion), and Playwright then waits out the
 * animation and for the element to be stable, 1–2 s per call on a chapter.
 */
export async function scrollIntoViewNow(page: Page, selector: string, whole = false): Promise<void> {
  await page.evaluate(
    async ([s, all]) => {
      const el = document.querySelector(s);
      if (!el) throw new Error(`No element matches ${s}`);
      const r = el.getBoundingClientRect();
      if (all ? r.top >= 0 && r.bottom <= innerHeight : r.bottom > 0 && r.top < innerHeight) return;
      // Blocks and figures skipped by content-visibility (global.css) take their real heights as
      // they come near the window, which moves the element after the scroll: scroll again until
      // it stays where it was put.
      for (let i = 0; i < 5; i++) {
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const top = el.getBoundingClientRect().top;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        if (el.getBoundingClientRect().top === top) return;
      }
    },
    [selector, whole] as const,
  );
}

/**
 * Scroll widget `id` into view, wait until it has hydrated, then for two frames so it has started
 * drawing, and until its figures' first drawings are on screen (PlotFigure's `data-kit-drawing`:
 * meanwhile a figure's hosts may hold a new drawing, hidden, beside the one it replaces). Not
 * until workers are done: a figure waiting for one keeps its drawing (`idle` in widgets.ts).
 */
export async function widgetReady(page: Page, id: string): Promise<void> {
  await scrollIntoViewNow(page, `#${id}`);
  await waitForElement(page, `#${id}[data-hydrated]`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction((i) => document.querySelector(`#${i} [data-kit-drawing]`) === null, id, {
    timeout: 30_000,
  });
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

/** TeX commands that would show in a chapter's text if a formula had not been rendered. */
export const RAW_TEX = /\\(frac|sum|partial|nabla|eta)\b/;

/** A chapter's math as the page shows it: how many KaTeX formulas, and the content's text. */
export function renderedMath(page: Page): Promise<{ katex: number; text: string }> {
  return page.evaluate(() => ({
    katex: document.querySelectorAll('#content .katex').length,
    text: document.getElementById('content')?.innerText ?? '',
  }));
}

/** The document's scroll width and the window's width: no horizontal scroll when the first is at most the second. */
export function pageWidths(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth] as [number, number]);
}
