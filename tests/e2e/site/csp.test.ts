// The Content Security Policy (docs/security.md, src/utils/csp.ts). Two parts:
//  - the built files: every page carries one policy, before its first script,
//    with the hash of each of its inline scripts and styles and the required
//    directives (hashes computed here, independently of src/utils/csp.ts);
//  - the browser: every page loads, hydrates every island, and (chapters and
//    the playground) has a widget driven by keyboard, search is used once,
//    and no `securitypolicyviolation` event nor CSP console message occurs,
//    and no request leaves the site's origin (whatever the policy allows).
//    A control run with one hash removed from the policy must report a violation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser, BrowserContext, ConsoleMessage, Page, Request } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { allPagePaths, islandsSettled, siteUrl, useBrowser } from '../../support/site';
import { discover, driveByKeyboard, hydrate } from '../../support/widgets';

const pages = allPagePaths();
const widgetsOf = new Map(discover().map((p) => [p.path, p.ids]));

function builtHtml(path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(inject('siteDir'), file), 'utf8');
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Directive name → its sources, from a policy string. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe('the policy in the built pages', () => {
  it('covers every page', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const path of pages) {
    it(`/${path}`, () => {
      const html = builtHtml(path);
      const doc = new JSDOM(html).window.document;
      const metas = doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]');
      expect(metas.length).toBe(1);
      const meta = metas[0]!;
      expect(meta.parentElement?.tagName).toBe('HEAD');
      // It governs only what comes after it: nothing but <meta charset> before it.
      const before = [...doc.head.children].slice(0, [...doc.head.children].indexOf(meta));
      expect(before.map((e) => e.outerHTML)).toEqual(['<meta charset="utf-8">']);

      const d = directives(meta.getAttribute('content') ?? '');
      expect(d.get('default-src')).toEqual(["'none'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'self'"]);
      expect(d.get('worker-src')).toEqual(["'self'"]);
      expect(d.get('connect-src')).toEqual(["'self'"]);
      expect(d.get('font-src')).toEqual(["'self'"]);
      expect(d.has('frame-ancestors'), 'ignored in a meta element').toBe(false);
      const scriptSrc = d.get('script-src') ?? [];
      expect(scriptSrc.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      const styleSrc = d.get('style-src') ?? [];
      expect(styleSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
      expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);

      const inlineScripts = [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '');
      expect(inlineScripts.length).toBeGreaterThan(0);
      for (const text of inlineScripts) expect(scriptSrc, text.slice(0, 80)).toContain(hash(text));
      for (const style of doc.querySelectorAll('style'))
        expect(styleSrc, style.textContent?.slice(0, 80)).toContain(hash(style.textContent ?? ''));
      // Inline event handlers and javascript: URLs would be refused (script-src-attr falls back to script-src).
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      expect(tags.filter((t) => /\son[a-z]+\s*=|=\s*["']?\s*javascript:/i.test(t))).toEqual([]);
    });
  }
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Watched {
  page: Page;
  /** securitypolicyviolation events seen by the page, and CSP messages on the console. */
  violations(): Promise<string[]>;
  /** Every request the page made, from the first, to another origin than the site's. */
  foreignRequests(): string[];
  close(): Promise<void>;
}

/** Records every `securitypolicyviolation` event of a document, from its first byte on. */
function recordViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations!.push(
      `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
    );
  });
}

/** Starts watching `page` (violations, CSP console messages, requests) and loads `url` in it. */
async function watch(page: Page, url: string, close: () => Promise<void>): Promise<Watched> {
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
 * Open `path` in a fresh context that records every `securitypolicyviolation`
 * event from the first byte on (an init script), and every console message
 * about the policy. `rewrite` may change the page's HTML on the way in.
 */
async function openWatched(browser: Browser, path: string, rewrite?: (html: string) => string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordViolations);
  const url = siteUrl(path);
  if (rewrite) {
    await context.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  return watch(await context.newPage(), url, () => context.close());
}

/**
 * Like openWatched() without `rewrite`, but every call loads a new document in the file's one
 * page: no renderer process and no empty cache per page (the policy applies to cached scripts
 * as to fetched ones). Closed after the file.
 */
function useWatchedPage(b: { readonly browser: Browser }): (path: string) => Promise<Watched> {
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
    return watch(page, siteUrl(path), async () => {
      await page.goto('about:blank').catch(() => undefined);
    });
  };
}

/**
 * Hydrate every client:visible island: scroll each one not yet hydrated into view at once and
 * wait for it (not a viewport as tall as the page: drawing all of it cost more than the islands).
 */
async function hydrateWholePage(page: Page): Promise<void> {
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
const STARTS_WORKERS = ['multi-start', 'network-landscape', 'playground'];

describe('no violations in the browser', () => {
  const b = useBrowser();
  const openInTab = useWatchedPage(b);

  for (const path of pages) {
    const ids = widgetsOf.get(path) ?? [];
    const driven = ids.find((id) => STARTS_WORKERS.includes(id)) ?? ids[0];
    const what = driven ? `every island hydrates, #${driven} is driven by keyboard` : 'every island hydrates';
    it(`/${path}: ${what}`, async () => {
      const v = await openInTab(path);
      await hydrateWholePage(v.page);
      if (driven) {
        await hydrate(v.page, driven);
        expect(await driveByKeyboard(v.page, driven)).toBeGreaterThan(0);
      }
      expect(await v.violations()).toEqual([]);
      // Every island's code has loaded by now (hydrateWholePage): nothing came from elsewhere.
      await v.page.waitForLoadState('networkidle');
      expect(v.foreignRequests()).toEqual([]);
      await v.close();
    });
  }

  it('search (Pagefind: fetch, WebAssembly) shows results', async () => {
    const v = await openWatched(b.browser, '');
    await v.page.locator('#site-search').fill('gradient');
    await v.page.locator('#search-results a.search-hit-page').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await v.page.locator('#search-results a.search-hit-page').count()).toBeGreaterThan(0);
    expect(await v.violations()).toEqual([]);
    expect(v.foreignRequests()).toEqual([]);
    await v.close();
  });

  it('is enforced: with one hash removed, the script it allowed is refused and reported', async () => {
    const themeHash = hash(new JSDOM(builtHtml('')).window.document.querySelector('script:not([src])')!.textContent!);
    const v = await openWatched(b.browser, '', (html) => html.replace(` ${themeHash}`, ''));
    const found = await v.violations();
    expect(found.some((s) => s.startsWith('script-src'))).toBe(true);
    // The theme script did not run: it is what adds the "js" class.
    expect(await v.page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(false);
    await v.close();
  });

  it('is enforced: an inline script added at run time is refused', async () => {
    const v = await openWatched(b.browser, '');
    const ran = await v.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true;';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await v.page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
    expect((await v.violations())[0]).toMatch(/^script-src-elem refused inline/);
    await v.close();
  });
});
