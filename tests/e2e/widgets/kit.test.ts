// Generic end-to-end tests of every widget on every chapter page (the widget
// kit's contract, docs/widget-kit.md): static SVG without JavaScript, keyboard
// use after hydration, copy link, no NaN/Infinity in any SVG, axe. Chapters
// are discovered from the built site's sidebar. Hostile URL values: kit-hostile.ts
// (split over two files so that two test workers share the work).
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useBrowser } from '../../support/site';
import { discover, driveByKeyboard, hydrate, settle, snapshot } from '../../support/widgets';

const b = useBrowser();
const pages = discover();

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

    it('no SVG on the page contains NaN or Infinity, before or after hydration', async () => {
      const v = await openPage(b.browser, path);
      const bad = (): Promise<number> =>
        v.page.$$eval('svg', (svgs) => svgs.filter((s) => /NaN|Infinity/.test(s.outerHTML)).length);
      expect(await bad(), 'static').toBe(0);
      for (const id of ids) await hydrate(v.page, id);
      expect(await bad(), 'hydrated').toBe(0);
      // Hydrated widgets contain their layout (Widget.tsx), at exactly their content's height.
      for (const id of ids) {
        const fit = await v.page.$eval(`[data-widget="${id}"]`, (root) => {
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
        const found = result.violations.map(
          (x) =>
            `${x.id} (${x.impact ?? 'n/a'}): ${x.help} — ${x.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(', ')}`,
        );
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
          await v.page.waitForFunction(
            (wid) => (document.querySelector(`[data-widget="${wid}"] .kit-status`)?.textContent ?? '') !== '',
            id,
          );
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
          await v.page.waitForFunction(
            ([wid, p]) => new URLSearchParams(location.search).get(wid!) === p,
            [id, param],
            { timeout: 2000 },
          );
          expect(w.consoleErrors).toEqual([]);
          await w.close();
          await v.close();
        });

        it('Reset returns to the defaults and clears the URL parameter', async () => {
          const v = await openPage(b.browser, path);
          await hydrate(v.page, id);
          const initial = await snapshot(v.page, id);
          expect(await driveByKeyboard(v.page, id)).toBeGreaterThan(0);
          // The changed state reaches the URL (debounced) before Reset, so Reset has something to clear.
          await v.page.waitForFunction((wid) => new URLSearchParams(location.search).has(wid), id, { timeout: 2000 });
          await v.page.click(`[data-widget="${id}"] [data-kit="reset"]`);
          await settle(v.page);
          expect((await snapshot(v.page, id)).summary).toBe(initial.summary);
          await v.page.waitForFunction((wid) => !new URLSearchParams(location.search).has(wid), id, { timeout: 2000 });
          expect(new URL(v.page.url()).searchParams.has(id)).toBe(false);
          await v.close();
        });

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
              .map(
                (e) =>
                  `${e.tagName.toLowerCase()}.${String((e as HTMLElement).className?.toString() ?? '').slice(0, 30)}`,
              )
              .slice(0, 5),
          );
          expect(out).toEqual([]);
          await v.close();
        });
      });
    }
  });
}
