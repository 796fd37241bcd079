// The widget kit's contract for URL state: hostile values in a widget's URL
// parameter leave it working, show a note, and inject nothing. Every widget of
// the built site gets this test; kit-hostile-1/-2.test.ts each run half of the
// pages. The URL carries one parameter per widget id, so one load of a chapter
// aims a hostile value at every widget on it at once (each widget reads only
// its own parameter): a page with two widgets needs half the loads.
import type { Dialog } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { usePage, useBrowser } from '../../support/site';
import { discover, driveByKeyboard, hydrate, snapshot } from '../../support/widgets';

const HOSTILE = [
  '<script>alert(1)</script>',
  '1e309',
  'NaN',
  '-0',
  'x'.repeat(10_240),
  'zz:1,yy:<img src=x onerror=alert(1)>',
];

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
        // The keys each widget writes, to aim values at real settings too.
        const probe = await tab.open(path);
        const scripts = await probe.page.$$eval('script', (x) => x.length);
        const keysOf = new Map<string, string[]>();
        // The Tab stop that reacts to the keys, tried first after each hostile load.
        const stopOf = new Map<string, number>();
        for (const id of ids) {
          await hydrate(probe.page, id);
          stopOf.set(id, await driveByKeyboard(probe.page, id));
          // The URL follows the state after a debounce: wait for the parameter (no keys if it never comes).
          await probe.page
            .waitForFunction((wid) => new URLSearchParams(location.search).has(wid), id, { timeout: 2000 })
            .catch(() => undefined);
          const keys = (new URL(probe.page.url()).searchParams.get(id) ?? '')
            .split(',')
            .map((p) => p.split(':')[0] ?? '')
            .filter(Boolean);
          keysOf.set(id, keys);
        }
        await probe.close();
        // Load n sets, for every widget, its n-th value (widgets without keys have fewer).
        const valuesOf = new Map(
          ids.map((id) => {
            const keys = keysOf.get(id)!;
            const values = [...HOSTILE];
            if (keys.length > 0) {
              values.push(keys.map((k, i) => `${k}:${['1e309', 'NaN', '<script>alert(1)</script>'][i % 3]}`).join(','));
              values.push(keys.map((k) => `${k}:-0`).join(','));
            }
            return [id, values];
          }),
        );
        // Load n aims every widget's n-th value at it (widgets without keys have fewer values);
        // a load whose query would pass the size one long value needs (the server, like most,
        // refuses request headers over 16 KB) is split into loads of fewer widgets.
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
          for (const [i, id] of aimed.entries()) {
            const value = decodeURIComponent(query[i]!.slice(query[i]!.indexOf('=') + 1));
            const label = `#${id}: ${value.slice(0, 40)}`;
            await hydrate(v.page, id);
            const s = await snapshot(v.page, id);
            expect(s.svg, label).toContain('<svg');
            expect(s.svg, label).not.toMatch(/NaN|Infinity/);
            expect(s.summary, label).not.toMatch(/NaN|Infinity|undefined/);
            // "-0" alone is not a key:value pair (a note); "key:-0" is valid (0, no note needed).
            if (!/^\w+:-0(,\w+:-0)*$/.test(value)) {
              const note = await v.page.$eval(
                `[data-widget="${id}"]`,
                (r) => r.querySelector('[data-kit="notes"]')?.textContent ?? '',
              );
              expect(note.length, label).toBeGreaterThan(0);
            }
            expect(await v.page.$$eval('script', (x) => x.length), label).toBe(scripts);
            expect(
              await v.page.$$eval(`[data-widget="${id}"] :is(img, iframe, script, object)`, (x) => x.length),
              label,
            ).toBe(0);
            expect(await driveByKeyboard(v.page, id, stopOf.get(id)), label).toBeGreaterThan(0);
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
