// The widget kit's contract for URL state: hostile values in a widget's URL
// parameter leave it working, show a note, and inject nothing. Every widget of
// the built site gets this test; kit-hostile-1/-2.test.ts each run half of the
// pages. The URL carries one parameter per widget id, so one load of a chapter
// aims a hostile value at every widget on it at once (each widget reads only
// its own parameter).
//
// Three loads per page cover the six hostile values and the two aimed at the
// widget's own settings (every key of its schema): the kit reads a parameter
// part by part (`key:value` between commas, each on its own), and a part with no
// known key — `NaN`, `1e309`, `-0` or `<script>…` alone — is ignored with a note,
// so values that read alike share a load. tests/unit/widgets/url-hostile.test.ts
// proves both for every widget's schema (each value alone gives what its share of
// the combined value gives), so the browser sees each kind of value once:
//   1. `<script>alert(1)</script>` (no key, with markup) plus every key at -0;
//   2. a 10 KB value (too long: ignored with a note);
//   3. every key at 1e309, NaN or `<script>…` in turn, plus unknown keys with markup.
import type { Dialog } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePage, useBrowser } from '../../support/site';
import { discover, driveByKeyboard, hydrate, snapshot } from '../../support/widgets';
import { hostileLoads, keysOfWidget } from '../../support/hostile-values';

/** Longest query one load aims at several widgets (the 10 KB value goes alone). */
const MAX_QUERY = 12_000;

/** Define the hostile-URL test for every `of`-th page with widgets, starting with number `shard` (1-based). */
export function hostileUrlTests(shard: number, of: number): void {
  const b = useBrowser();
  const tab = usePage(b);
  const pages = discover();
  const mine = pages.filter((_, i) => i % of === shard - 1);

  it('finds widgets in the built site', () => {
    expect(pages.flatMap((p) => p.ids).length).toBeGreaterThan(0);
  });

  for (const { path, ids } of mine) {
    describe(`widgets on ${path}`, () => {
      it(`hostile URL values leave each widget (${ids.map((id) => `#${id}`).join(', ')}) working, show a note and inject nothing`, async () => {
        // Script elements the page has without any parameter: its own HTML, parsed.
        let scripts = -1;
        // The Tab stop that reacts to the keys: found on the first load, tried first after it.
        const stopOf = new Map<string, number>();
        const valuesOf = new Map(ids.map((id) => [id, hostileLoads(keysOfWidget(id))]));
        // Load n aims every widget's n-th value at it; a load whose query would pass the size
        // one long value needs (the server, like most, refuses request headers over 16 KB) is
        // split into loads of fewer widgets.
        const loads: string[][] = [];
        for (let n = 0; n < Math.max(...[...valuesOf.values()].map((v) => v.length)); n++) {
          let load: string[] = [];
          let size = 0;
          for (const id of ids) {
            const value = valuesOf.get(id)![n];
            if (value === undefined) continue;
            const param = `${encodeURIComponent(id)}=${encodeURIComponent(value)}`;
            if (load.length > 0 && size + param.length > MAX_QUERY) {
              loads.push(load);
              load = [];
              size = 0;
            }
            load.push(param);
            size += param.length + 1;
          }
          if (load.length > 0) loads.push(load);
        }
        for (const query of loads) {
          const aimed = query.map((p) => decodeURIComponent(p.split('=')[0]!));
          const url = `${path}?${query.join('&')}&unknown=%3Cscript%3E#${aimed[0]}`;
          const v = await tab.open(url);
          let dialog = false;
          const onDialog = (d: Dialog): void => {
            dialog = true;
            void d.dismiss();
          };
          v.page.on('dialog', onDialog);
          if (scripts < 0) {
            scripts = await v.page.evaluate(async () => {
              const html = await (await fetch(location.pathname)).text();
              return new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script').length;
            });
          }
          for (const [i, id] of aimed.entries()) {
            const value = decodeURIComponent(query[i]!.slice(query[i]!.indexOf('=') + 1));
            const label = `#${id}: ${value.slice(0, 40)}`;
            await hydrate(v.page, id);
            const s = await snapshot(v.page, id);
            expect(s.svg, label).toContain('<svg');
            expect(s.svg, label).not.toMatch(/NaN|Infinity/);
            expect(s.summary, label).not.toMatch(/NaN|Infinity|undefined/);
            // Every value aimed here has a part the kit cannot use, so every load shows a note.
            const seen = await v.page.evaluate((wid) => {
              const root = document.querySelector(`[data-widget="${wid}"]`);
              return {
                note: root?.querySelector('[data-kit="notes"]')?.textContent ?? '',
                scripts: document.querySelectorAll('script').length,
                injected: root?.querySelectorAll(':is(img, iframe, script, object)').length ?? -1,
              };
            }, id);
            expect(seen.note.length, label).toBeGreaterThan(0);
            expect(seen.scripts, label).toBe(scripts);
            expect(seen.injected, label).toBe(0);
            const stop = await driveByKeyboard(v.page, id, stopOf.get(id));
            expect(stop, label).toBeGreaterThan(0);
            stopOf.set(id, stop);
          }
          const label = query.join('&').slice(0, 80);
          expect(dialog, label).toBe(false);
          expect(v.consoleErrors, label).toEqual([]);
          v.page.off('dialog', onDialog);
          await v.close();
        }
      }, 360_000);
    });
  }
}
