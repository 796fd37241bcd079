// Generic end-to-end tests of every widget on every page with widgets (the widget
// kit's contract, docs/widget-kit.md): static SVG without JavaScript, keyboard
// use after hydration, copy link, reset, no NaN/Infinity in any SVG, fit at
// 360 px, axe in both themes and the Content Security Policy with every widget
// hydrated and driven; and, for the page as a whole, the checks every page gets
// (math rendered, no console error or failed request, no horizontal scroll at
// 360 px). Pages are discovered from the built site's sidebar;
// kit-1/-2.test.ts each run half of them, so that two test workers share the
// work. Hostile URL values: kit-hostile.ts. Pages without widgets get their axe
// and CSP checks in site/a11y.test.ts, the others in site/pages.test.ts.
//
// Page loads are the cost here (a chapter is 300-600 KB of HTML, and hydrating
// some widgets trains a network or runs thousands of descents), so checks that
// can share one load do: a page's widgets are hydrated and checked in one load
// per width and JavaScript setting, and in the 1280 px load axe then checks the
// page in both themes, each widget's keyboard, copy-link and reset checks run in
// turn (plus the load of each copied link), and the policy is checked last, once
// every widget has been driven; all in the file's one page (usePage) rather than
// a new browser context per load.
import { afterAll, describe, expect, it } from 'vitest';
import { bothThemes } from '../../support/axe-themes';
import {
  chapterPaths,
  evalFirst,
  foreignRequests,
  pageWidths,
  RAW_TEX,
  renderedMath,
  usePage,
  useBrowser,
  type PageVisit,
} from '../../support/site';
import { discover, driveByKeyboard, hydrate, hydrateWholePage, settle, snapshot } from '../../support/widgets';

/** Define the kit's tests for every `of`-th page with widgets, starting with number `shard` (1-based). */
export function kitTests(shard: number, of: number): void {
  const b = useBrowser();
  const tab = usePage(b, { permissions: ['clipboard-read', 'clipboard-write'] });
  /** Where a copied link is opened: a second page, so the first keeps its state. */
  const linkTab = usePage(b);
  const noScript = usePage(b, { javaScriptEnabled: false });
  const pages = discover();
  const mine = pages.filter((_, i) => i % of === shard - 1);
  const chapters = new Set(chapterPaths());

  describe('widget kit', () => {
    it('finds chapters with widgets in the built site', () => {
      expect(pages.length).toBeGreaterThan(0);
    });
  });

  for (const { path, ids } of mine) {
    describe(`widgets on ${path}`, () => {
      it('without JavaScript every widget shows its figure as SVG, with a summary and a table', async () => {
        const v = await noScript.open(path);
        for (const id of ids) {
          const info = await evalFirst(v.page, `[data-widget="${id}"]`, (root) => ({
            tag: root.tagName.toLowerCase(),
            id: root.id,
            cls: root.className,
            svgs: root.querySelectorAll('.kit-figure svg').length,
            sized: Array.from(root.querySelectorAll('.kit-figure svg')).every(
              (s) => s.getBoundingClientRect().width > 100,
            ),
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

      // One load at 1280 px for the checks below but the 360 px one: NaN before and after hydration
      // and fit, then each widget's keyboard, copy-link and reset check in turn (each leaves its
      // widget as it found it: Reset, checked, returns it to the defaults and clears its parameter).
      let shared: PageVisit | undefined;
      const visit = async (): Promise<PageVisit> => (shared ??= await tab.open(path));
      const leave = async (): Promise<void> => {
        await shared?.close();
        shared = undefined;
      };
      afterAll(leave);

      if (chapters.has(path)) {
        it('renders its math, as loaded: KaTeX present, no raw $$ or TeX command left in the text', async () => {
          const v = await visit();
          const { katex, text } = await renderedMath(v.page);
          expect(katex).toBeGreaterThan(0);
          expect(text.includes('$$')).toBe(false);
          expect(text).not.toMatch(RAW_TEX);
        });
      }

      it('no SVG on the page contains NaN or Infinity, before or after hydration; every hydrated widget fits its content', async () => {
        const v = await visit();
        const bad = (): Promise<number> =>
          v.page.evaluate(
            () => [...document.querySelectorAll('svg')].filter((s) => /NaN|Infinity/.test(s.outerHTML)).length,
          );
        expect(await bad(), 'static').toBe(0);
        for (const id of ids) await hydrate(v.page, id);
        expect(await bad(), 'hydrated').toBe(0);
        // The page's other islands too (the quiz…), for the checks of the page as a whole below.
        await hydrateWholePage(v.page);
        // Hydrated widgets contain their layout (Widget.tsx), at exactly their content's height.
        for (const id of ids) {
          const fit = await evalFirst(v.page, `[data-widget="${id}"]`, (root) => {
            const body = root.querySelector<HTMLElement>(':scope > .kit-body');
            const content = body?.querySelector<HTMLElement>(':scope > .kit-content');
            return body && content
              ? {
                  contained: body.hasAttribute('data-contained'),
                  gap: Math.abs(body.getBoundingClientRect().height - content.getBoundingClientRect().height),
                }
              : null;
          });
          expect(fit, id).not.toBeNull();
          expect(fit!.contained, id).toBe(true);
          expect(fit!.gap, id).toBeLessThan(1.5);
        }
        expect(v.consoleErrors).toEqual([]);
      }, 180_000);

      it('axe (WCAG 2.1 AA) finds nothing in the light theme nor in the dark one, every widget hydrated', async () => {
        const v = await visit();
        expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
        expect(await bothThemes(v.page)).toEqual({ light: [], dark: [] });
      }, 180_000);

      for (const id of ids) {
        describe(`#${id}`, () => {
          it('keyboard-only use changes the figure and the summary; "Copy link to this view" gives a URL that reproduces the figure in a new page; Reset returns to the defaults and clears the URL parameter', async () => {
            const v = await visit();
            await hydrate(v.page, id);
            const initial = await snapshot(v.page, id);

            // Keyboard only.
            expect(await driveByKeyboard(v.page, id), 'no Tab stop reacted to the arrow keys').toBeGreaterThan(0);
            const shown = await snapshot(v.page, id);
            expect(shown.summary, 'keyboard').not.toBe(initial.summary);
            expect(shown.svg, 'keyboard').not.toBe(initial.svg);
            expect(v.consoleErrors, 'keyboard').toEqual([]);

            // Copy link: the link opened in another page shows the same figure.
            await v.page.click(`[data-widget="${id}"] [data-kit="copy-link"]`);
            await v.page.waitForFunction(
              (wid) => (document.querySelector(`[data-widget="${wid}"] .kit-status`)?.textContent ?? '') !== '',
              id,
            );
            const link = await v.page.evaluate(() => navigator.clipboard.readText());
            expect(link).toMatch(new RegExp(`[?&]${id}=[^#]+#${id}$`));
            const w = await linkTab.open(link);
            // Opening the link lands on the widget (at once, not smoothly: FragmentScript.astro)
            // before anything else scrolls the page.
            await expect
              .poll(() => evalFirst(w.page, `#${id}`, (e) => Math.abs(e.getBoundingClientRect().top)), {
                message: 'copied link',
                timeout: 10_000,
              })
              .toBeLessThan(200);
            await hydrate(w.page, id);
            const again = await snapshot(w.page, id);
            expect(again.summary, 'copied link').toBe(shown.summary);
            expect(again.svg, 'copied link').toBe(shown.svg);
            expect(w.consoleErrors, 'copied link').toEqual([]);
            await w.close();
            // And the page URL follows the state (debounced replaceState).
            const param = new URL(link).searchParams.get(id);
            await v.page.waitForFunction(
              ([wid, p]) => new URLSearchParams(location.search).get(wid!) === p,
              [id, param],
              { timeout: 10_000 },
            );

            // Reset: the changed state is in the URL (just checked), Reset clears it.
            await v.page.click(`[data-widget="${id}"] [data-kit="reset"]`);
            await settle(v.page);
            expect((await snapshot(v.page, id)).summary, 'reset').toBe(initial.summary);
            await v.page.waitForFunction((wid) => !new URLSearchParams(location.search).has(wid), id, {
              timeout: 10_000,
            });
            expect(new URL(v.page.url()).searchParams.has(id), 'reset').toBe(false);
            expect(v.consoleErrors).toEqual([]);
          });
        });
      }

      it('no Content Security Policy violation, no failed request and no request to another origin, every widget driven', async () => {
        const v = await visit();
        expect(await v.cspViolations(), 'CSP violations').toEqual([]);
        // Every island's code has loaded (hydrateWholePage) and every widget has worked.
        await v.page.waitForLoadState('networkidle');
        expect(v.failedRequests, 'failed requests').toEqual([]);
        expect(foreignRequests(v.requests), 'requests to another origin').toEqual([]);
      });

      it('at 360 px nothing in any widget overflows horizontally, and the page has no horizontal scroll', async () => {
        await leave();
        const v = await tab.open(path, { viewport: { width: 360, height: 800 } });
        for (const id of ids) {
          await hydrate(v.page, id);
          const over = await evalFirst(v.page, `[data-widget="${id}"]`, (r) => r.scrollWidth - r.clientWidth);
          expect(over, id).toBeLessThanOrEqual(1);
          // …and no element sticks out of the viewport (SVG internals are clipped by their <svg>,
          // so the <svg> boxes are checked, not what is inside them).
          // Content inside a scroll container (e.g. a wide table in its wrapper) or a closed
          // <details> is clipped, so only elements that can actually show are checked.
          const out = await evalFirst(v.page, `[data-widget="${id}"]`, (r) =>
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
              .map(
                (e) =>
                  `${e.tagName.toLowerCase()}.${String((e as HTMLElement).className?.toString() ?? '').slice(0, 30)}`,
              )
              .slice(0, 5),
          );
          expect(out, id).toEqual([]);
        }
        // The page as a whole, every widget drawn (site/pages.test.ts checks the pages without).
        const [scrollWidth, innerWidth] = await pageWidths(v.page);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        await v.close();
      });
    });
  }
}
