// The Content Security Policy (docs/security.md, src/utils/csp.ts). Two parts:
//  - the built files: every page carries one policy, before its first script,
//    with the hash of each of its inline scripts and styles and the required
//    directives (hashes computed here, independently of src/utils/csp.ts);
//  - the browser: search is used once, and no `securitypolicyviolation` event
//    nor CSP console message occurs, and no request leaves the site's origin
//    (whatever the policy allows); every page loads, hydrates every island and
//    (chapters and the playground) has its widgets driven by keyboard with the
//    same checks in the load of its axe checks (widgets/kit.ts for the pages
//    with widgets, a11y.test.ts for the others).
//    A control run with one hash removed from the policy must report a violation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { allPagePaths, foreignRequests, openPage, siteUrl, useBrowser, type PageVisit } from '../../support/site';

const pages = allPagePaths();

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

/**
 * Open `path` in a fresh context (openPage: it records every `securitypolicyviolation` event
 * from the first byte on, every console message about the policy and every request). `rewrite`
 * may change the page's HTML on the way in.
 */
async function openWatched(browser: Browser, path: string, rewrite?: (html: string) => string): Promise<PageVisit> {
  const v = await openPage(browser, 'about:blank');
  const url = siteUrl(path);
  if (rewrite) {
    await v.context.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  await v.page.goto(url, { waitUntil: 'load' });
  return v;
}

describe('no violations in the browser', () => {
  const b = useBrowser();

  // Every page, every island hydrated (and every widget driven by keyboard): in the load of the
  // page's axe checks, in widgets/kit.ts for pages with widgets and site/a11y.test.ts for the rest.

  it('search (Pagefind: fetch, WebAssembly) shows results', async () => {
    const v = await openWatched(b.browser, '');
    await v.page.locator('#site-search').fill('gradient');
    await v.page.locator('#search-results a.search-hit-page').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await v.page.locator('#search-results a.search-hit-page').count()).toBeGreaterThan(0);
    expect(await v.cspViolations()).toEqual([]);
    expect(foreignRequests(v.requests)).toEqual([]);
    await v.close();
  });

  it('is enforced: with one hash removed, the script it allowed is refused and reported', async () => {
    const themeHash = hash(new JSDOM(builtHtml('')).window.document.querySelector('script:not([src])')!.textContent!);
    const v = await openWatched(b.browser, '', (html) => html.replace(` ${themeHash}`, ''));
    const found = await v.cspViolations();
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
    expect((await v.cspViolations())[0]).toMatch(/^script-src-elem refused inline/);
    await v.close();
  });
});
