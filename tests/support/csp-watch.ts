/**
 * For e2e tests of the Content Security Policy: a page that records every
 * `securitypolicyviolation` event from a document's first byte, every console message about the
 * policy, and every request, and a way to hydrate every island of a page. Used by csp.test.ts
 * (search, the policy's enforcement) and by a11y.ts (every page, in the same load as its axe
 * checks: the page is loaded, hydrated and driven once for both).
 */
import type { Browser, BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll } from 'vitest';
import { islandsSettled, siteUrl } from './site';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface Watched {
  page: Page;
  /** securitypolicyviolation events seen by the page, and CSP messages on the console. */
  violations(): Promise<string[]>;
  /** Every request the page made, from the first, to another origin than the site's. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

/** Records every `securitypolicyviolation` event of a document, from its first byte on (an init script). */
export function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push(
      `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    );
  });
}

/** Starts watching `page` (violations, CSP console messages, requests) and loads `url` in it. */
export async function watch(page: Page, url: string, close: () => Promise<void>): Promise<Watched> {
  const requests: string[] = [];
  const onRequest = (req: Request): void => void requests.push(req.url());
  const console: string[] = [];
  const onConsole = (msg: ConsoleMessage): void => {
    if (/content security policy|content-security-policy/i.test(msg.text())) console.push(msg.text());
  };
  page.on('request', onRequest);
  page.on('console', onConsole);
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    violations: async () => [...((await page.evaluate(() => window.__cspViolations)) ?? []), ...console],
    foreignRequests: () => requests.filter((r) => !r.startsWith(new URL(url).origin + '/') && !/^(data|blob):/.test(r)),
    close: async () => {
      page.off('request', onRequest);
      page.off('console', onConsole);
      await close();
    },
  };
}

/**
 * A watched page for a file's loads: every call loads a new document in the file's one page (no
 * renderer process and no empty cache per page: the policy applies to cached scripts as to
 * fetched ones), at 1280 × 900 in the light theme. Its own context (the recorder is an init
 * script, which a pooled page would carry into other files). Closed after the file.
 */
export function useWatchedPage(b: { readonly browser: Browser }): (path: string) => Promise<Watched> {
  let session: Promise<{ context: BrowserContext; page: Page }> | undefined;
  afterAll(async () => {
    const s = await session?.catch(() => undefined);
    await s?.context.close().catch(() => undefined);
  });
  return async (path) => {
    session ??= (async () => {
      const context = await b.browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(recordViolations);
      return { context, page: await context.newPage() };
    })();
    const { page } = await session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', media: null });
    return watch(page, siteUrl(path), async () => {
      await page.goto('about:blank').catch(() => undefined);
    });
  };
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

/** Widgets that start Web Workers (worker-src): driven in preference to the first widget of their page. */
export const STARTS_WORKERS = ['multi-start', 'network-landscape', 'playground'];
