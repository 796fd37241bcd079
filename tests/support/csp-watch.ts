/**
 * For e2e tests of the Content Security Policy: watch a page of a context of its own (one whose
 * policy a test rewrites) for every `securitypolicyviolation` event from a document's first byte
 * (with recordViolations as its init script), every console message about the policy and every
 * request (csp.test.ts); and hydrate every island of a page (the per-page checks of kit.ts and
 * a11y.test.ts, whose pages record violations the same way: PageVisit.cspViolations).
 */
import type { ConsoleMessage, Page, Request } from 'playwright-core';
import { foreignRequests, islandsSettled } from './site';

export interface Watched {
  page: Page;
  /** securitypolicyviolation events seen by the page, and CSP messages on the console. */
  violations(): Promise<string[]>;
  /** Every request the page made, from the first, to another origin than the site's. */
  foreignRequests(): string[];
  close(): Promise<void>;
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
    foreignRequests: () => foreignRequests(requests),
    close: async () => {
      page.off('request', onRequest);
      page.off('console', onConsole);
      await close();
    },
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
