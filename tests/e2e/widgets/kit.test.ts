// Generic end-to-end tests of every widget on every chapter page (the widget
// kit's contract, docs/widget-kit.md): static SVG without JavaScript, keyboard
// use after hydration, copy link, hostile URL values, no NaN/Infinity in any
// SVG, axe. Chapters are discovered from the built site's sidebar.
import type { Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { allPagePaths, chapterPaths, openPage, useBrowser } from '../../support/site';

interface PageWidgets {
  path: string;
  ids: string[];
}

/**
 * Chapter pages and their widgets, read from the built files at collection
 * time (so each widget gets its own tests): the chapter list comes from the
 * sidebar (nav[aria-label="Chapters"]) of the first chapter page.
 */
function discover(): PageWidgets[] {
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

const b = useBrowser();
const pages = discover();

/** Scroll a widget into view and wait until it is interactive. */
async function hydrate(page: Page, id: string): Promise<void> {
  await page.locator(`[data-widget="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`[data-widget="${id}"][data-hydrated]`, { timeout: 15_000 });
  // Let the first live draw (next animation frame) happen.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** What the figure shows (all layers' markup) and the summary text. */
async function snapshot(page: Page, id: string): Promise<{ svg: string; summary: string }> {
  return page.$eval(`[data-widget="${id}"]`, (root) => ({
    svg: Array.from(root.querySelectorAll('.kit-figure svg'))
      .map((s) => s.outerHTML.replace(/(plot-[a-z]+-)\d+/g, '$1#'))
      .join('\n'),
    summary: root.querySelector('[data-kit="summary"]')?.textContent ?? '',
  }));
}

/** Two frames, then until no 3-D view is still drawing its turning (coarser) mesh. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  await page.waitForFunction(() => document.querySelector('[data-kit3d-detail="moving"]') === null, undefined, { timeout: 2000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
}

/**
 * Keyboard only: Tab into the widget, then on each Tab stop try the arrow keys
 * until the summary changes. Returns the number of Tab presses used, or -1.
 */
async function driveByKeyboard(page: Page, id: string): Promise<number> {
  const before = await snapshot(page, id);
  // Put focus just before the widget: its heading, made focusable for a moment.
  await page.$eval(`[data-widget="${id}"] .kit-title`, (h) => {
    (h as HTMLElement).tabIndex = -1;
    (h as HTMLElement).focus();
  });
  for (let tabs = 1; tabs <= 12; tabs++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((wid) => document.activeElement?.closest('[data-widget]')?.getAttribute('data-widget') === wid, id);
    if (!inside) return -1;
    for (const key of ['ArrowRight', 'ArrowUp']) {
      await page.keyboard.press(key);
      await page.keyboard.press(key);
      await settle(page);
      const now = await snapshot(page, id);
      if (now.summary !== before.summary) return tabs;
    }
  }
  return -1;
}

const HOSTILE = ['<script>alert(1)</script>', '1e309', 'NaN', '-0', 'x'.repeat(10_240), 'zz:1,yy:<img src=x onerror=alert(1)>'];

describe('widget kit', () => {
  it('finds chapters with widgets in the built site', () => {
    expect(pages.length).toBeGreaterThan(0);
  });
});

for (const { path, ids } of pages) {
  describe(`widgets on ${path}`, () => {
    it('without JavaScript every widget shows its figure as SVG, with a summary and a table', async () => {
      const v = await openPage(b.browser, path, { javaScriptEnabled: false });
      for (const id of ids) {
        const info = await v.page.$eval(`[data-widget="${id}"]`, (root) => ({
          tag: root.tagName.toLowerCase(),
          id: root.id,
          cls: root.className,
          svgs: root.querySelectorAll('.kit-figure svg').length,
          sized: Array.from(root.querySelectorAll('.kit-figure svg')).every((s) => s.getBoundingClientRect().width > 100),
          summary: root.querySelector('[data-kit="summary"]')?.textContent ?? '',
          rows: root.querySelectorAll('[data-kit="table"] table tr').length,
        }));
        expect(info, id).toMatchObject({ tag: 'section', id, cls: expect.stringContaining('widget') });
        expect(info.svgs, id).toBeGreaterThan(0);
        expect(info.sized, id).toBe(true);
        expect(info.summary.length, id).toBeGreaterThan(10);
        expect(info.rows, id).toBeGreaterThan(1);
      }
      await v.close();
    });

    it('no SVG on the page contains NaN or Infinity, before or after hydration', async () => {
      const v = await openPage(b.browser, path);
      const bad = (): Promise<number> => v.page.$$eval('svg', (svgs) => svgs.filter((s) => /NaN|Infinity/.test(s.outerHTML)).length);
      expect(await bad(), 'static').toBe(0);
      for (const id of ids) await hydrate(v.page, id);
      expect(await bad(), 'hydrated').toBe(0);
      // Hydrated widgets contain their layout (Widget.tsx), at exactly their content's height.
      for (const id of ids) {
        const fit = await v.page.$eval(`[data-widget="${id}"]`, (root) => {
          const body = root.querySelector<HTMLElement>(':scope > .kit-body');
          const content = body?.querySelector<HTMLElement>(':scope > .kit-content');
          return body && content ? { contained: body.hasAttribute('data-contained'), gap: Math.abs(body.getBoundingClientRect().height - content.getBoundingClientRect().height) } : null;
        });
        expect(fit, id).not.toBeNull();
        expect(fit!.contained, id).toBe(true);
        expect(fit!.gap, id).toBeLessThan(1.5);
      }
      expect(v.consoleErrors).toEqual([]);
      await v.close();
    });

    it('axe finds no violation in the widgets, hydrated, light and dark', async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const v = await openPage(b.browser, path, { colorScheme });
        for (const id of ids) await hydrate(v.page, id);
        // Scoped to the widgets (the page itself is checked by the site's own tests).
        const result = await new AxeBuilder({ page: v.page })
          .include('[data-widget]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const found = result.violations.map((x) => `${x.id} (${x.impact ?? 'n/a'}): ${x.help} — ${x.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
        expect(found, colorScheme).toEqual([]);
        await v.close();
      }
    }, 180_000);

    for (const id of ids) {
      describe(`#${id}`, () => {
        it('keyboard-only use changes the figure and the summary', async () => {
          const v = await openPage(b.browser, path);
          await hydrate(v.page, id);
          const before = await snapshot(v.page, id);
          expect(await driveByKeyboard(v.page, id), 'no Tab stop reacted to the arrow keys').toBeGreaterThan(0);
          const after = await snapshot(v.page, id);
          expect(after.summary).not.toBe(before.summary);
          expect(after.svg).not.toBe(before.svg);
          expect(v.consoleErrors).toEqual([]);
          await v.close();
        });

        it('"Copy link to this view" gives a URL that reproduces the figure in a new page', async () => {
          const v = await openPage(b.browser, path);
          await v.context.grantPermissions(['clipboard-read', 'clipboard-write']);
          await hydrate(v.page, id);
          expect(await driveByKeyboard(v.page, id)).toBeGreaterThan(0);
          const shown = await snapshot(v.page, id);
          await v.page.click(`[data-widget="${id}"] [data-kit="copy-link"]`);
          await v.page.waitForFunction((wid) => (document.querySelector(`[data-widget="${wid}"] .kit-status`)?.textContent ?? '') !== '', id);
          const link = await v.page.evaluate(() => navigator.clipboard.readText());
          expect(link).toMatch(new RegExp(`[?&]${id}=[^#]+#${id}$`));
          const w = await openPage(b.browser, link);
          await hydrate(w.page, id);
          const again = await snapshot(w.page, id);
          expect(again.summary).toBe(shown.summary);
          expect(again.svg).toBe(shown.svg);
          // Opening the link scrolled to the widget.
          const top = await w.page.$eval(`#${id}`, (e) => e.getBoundingClientRect().top);
          expect(Math.abs(top)).toBeLessThan(200);
          // And the page URL follows the state (debounced replaceState).
          const param = new URL(link).searchParams.get(id);
          await v.page.waitForFunction(([wid, p]) => new URLSearchParams(location.search).get(wid!) === p, [id, param], { timeout: 2000 });
          expect(w.consoleErrors).toEqual([]);
          await w.close();
          await v.close();
        });

        it('Reset returns to the defaults and clears the URL parameter', async () => {
          const v = await openPage(b.browser, path);
          await hydrate(v.page, id);
          const initial = await snapshot(v.page, id);
          expect(await driveByKeyboard(v.page, id)).toBeGreaterThan(0);
          await v.page.click(`[data-widget="${id}"] [data-kit="reset"]`);
          await settle(v.page);
          expect((await snapshot(v.page, id)).summary).toBe(initial.summary);
          await v.page.waitForTimeout(400);
          expect(new URL(v.page.url()).searchParams.has(id)).toBe(false);
          await v.close();
        });

        it('hostile URL values leave it working, show a note and inject nothing', async () => {
          // The keys the widget writes, to aim values at real settings too.
          const probe = await openPage(b.browser, path);
          const scripts = await probe.page.$$eval('script', (x) => x.length);
          await hydrate(probe.page, id);
          await driveByKeyboard(probe.page, id);
          await probe.page.waitForTimeout(400);
          const keys = (new URL(probe.page.url()).searchParams.get(id) ?? '').split(',').map((p) => p.split(':')[0] ?? '').filter(Boolean);
          await probe.close();
          const values = [...HOSTILE];
          if (keys.length > 0) {
            values.push(keys.map((k, i) => `${k}:${['1e309', 'NaN', '<script>alert(1)</script>'][i % 3]}`).join(','));
            values.push(keys.map((k) => `${k}:-0`).join(','));
          }
          for (const value of values) {
            const label = value.slice(0, 40);
            const url = `${path}?${encodeURIComponent(id)}=${encodeURIComponent(value)}&unknown=%3Cscript%3E#${id}`;
            const v = await openPage(b.browser, url);
            let dialog = false;
            v.page.on('dialog', (d) => {
              dialog = true;
              void d.dismiss();
            });
            await hydrate(v.page, id);
            const s = await snapshot(v.page, id);
            expect(s.svg, label).toContain('<svg');
            expect(s.svg, label).not.toMatch(/NaN|Infinity/);
            expect(s.summary, label).not.toMatch(/NaN|Infinity|undefined/);
            // "-0" alone is not a key:value pair (a note); "key:-0" is valid (0, no note needed).
            if (!/^\w+:-0(,\w+:-0)*$/.test(value)) {
              const note = await v.page.$eval(`[data-widget="${id}"]`, (r) => r.querySelector('[data-kit="notes"]')?.textContent ?? '');
              expect(note.length, label).toBeGreaterThan(0);
            }
            expect(await v.page.$$eval('script', (x) => x.length), label).toBe(scripts);
            expect(await v.page.$$eval(`[data-widget="${id}"] :is(img, iframe, script, object)`, (x) => x.length), label).toBe(0);
            expect(await driveByKeyboard(v.page, id), label).toBeGreaterThan(0);
            expect(dialog, label).toBe(false);
            expect(v.consoleErrors, label).toEqual([]);
            await v.close();
          }
        }, 240_000);

        it('at 360 px nothing in it overflows horizontally', async () => {
          const v = await openPage(b.browser, path, { viewport: { width: 360, height: 800 } });
          await hydrate(v.page, id);
          const over = await v.page.$eval(`[data-widget="${id}"]`, (r) => r.scrollWidth - r.clientWidth);
          expect(over).toBeLessThanOrEqual(1);
          // …and no element sticks out of the viewport (SVG internals are clipped by their <svg>,
          // so the <svg> boxes are checked, not what is inside them).
          // Content inside a scroll container (e.g. a wide table in its wrapper) or a closed
          // <details> is clipped, so only elements that can actually show are checked.
          const out = await v.page.$eval(`[data-widget="${id}"]`, (r) =>
            Array.from(r.querySelectorAll('*'))
              .filter((e) => !e.parentElement?.closest('svg'))
              .filter((e) => !e.parentElement?.closest('details:not([open])'))
              .filter((e) => {
                for (let a = e.parentElement; a && a !== r; a = a.parentElement) {
                  if (getComputedStyle(a).overflowX !== 'visible') return false;
                }
                return true;
              })
              .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .map((e) => `${e.tagName.toLowerCase()}.${String((e as HTMLElement).className?.toString() ?? '').slice(0, 30)}`)
              .slice(0, 5),
          );
          expect(out).toEqual([]);
          await v.close();
        });
      });
    }
  });
}
