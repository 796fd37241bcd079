// The widget kit's contract for URL state: hostile values in a widget's URL
// parameter leave it working, show a note, and inject nothing. Every widget of
// the built site gets this test; kit-hostile-1/-2.test.ts each run half of them
// (the test loads its chapter nine times, so it is the longest of the kit's).
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from '../../support/site';
import { discover, driveByKeyboard, hydrate, snapshot } from '../../support/widgets';

const HOSTILE = [
  '<script>alert(1)</script>',
  '1e309',
  'NaN',
  '-0',
  'x'.repeat(10_240),
  'zz:1,yy:<img src=x onerror=alert(1)>',
];

/** Define the hostile-URL test for every `of`-th widget, starting with number `shard` (1-based). */
export function hostileUrlTests(shard: number, of: number): void {
  const b = useBrowser();
  const widgets = discover().flatMap(({ path, ids }) => ids.map((id) => ({ path, id })));
  const mine = widgets.filter((_, i) => i % of === shard - 1);

  it('finds widgets in the built site', () => {
    expect(widgets.length).toBeGreaterThan(0);
  });

  for (const { path, id } of mine) {
    describe(`widgets on ${path}`, () => {
      describe(`#${id}`, () => {
        it('hostile URL values leave it working, show a note and inject nothing', async () => {
          // The keys the widget writes, to aim values at real settings too.
          const probe = await openPage(b.browser, path);
          const scripts = await probe.page.$$eval('script', (x) => x.length);
          await hydrate(probe.page, id);
          await driveByKeyboard(probe.page, id);
          // The URL follows the state after a debounce: wait for the parameter (no keys if it never comes).
          await probe.page
            .waitForFunction((wid) => new URLSearchParams(location.search).has(wid), id, { timeout: 2000 })
            .catch(() => undefined);
          const keys = (new URL(probe.page.url()).searchParams.get(id) ?? '')
            .split(',')
            .map((p) => p.split(':')[0] ?? '')
            .filter(Boolean);
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
            expect(await driveByKeyboard(v.page, id), label).toBeGreaterThan(0);
            expect(dialog, label).toBe(false);
            expect(v.consoleErrors, label).toEqual([]);
            await v.close();
          }
        }, 240_000);
      });
    });
  }
}
