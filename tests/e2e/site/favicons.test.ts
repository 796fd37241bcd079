// The site's icons: every page links the committed PNGs of src/utils/favicons.ts under the base
// path, with their sizes, and no SVG icon (a browser decodes an SVG icon on the page's main thread
// while it loads: tests/support/make-favicon.ts); each URL serves its PNG at its size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FAVICONS } from '../../../src/utils/favicons';
import { allPagePaths, siteBase, siteUrl } from '../../support/site';

/** The page's `<link>` elements whose rel names an icon, as their attributes. */
function iconLinks(html: string): Record<string, string>[] {
  return [...html.matchAll(/<link\b([^>]*)>/g)]
    .map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
    .filter((attrs) => /(^|\s)(icon|apple-touch-icon)(\s|$)/.test(attrs.rel ?? ''));
}

describe('favicons', () => {
  for (const icon of FAVICONS) {
    it(`${icon.path} is served under the base path as the committed ${icon.size} × ${icon.size} PNG`, async () => {
      const r = await fetch(siteUrl(icon.path.slice(1)));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^image\/png/);
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(bytes.equals(readFileSync(join(inject('siteDir'), icon.path)))).toBe(true);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([icon.size, icon.size]);
    });
  }

  for (const path of allPagePaths()) {
    it(`/${path} links the PNG icons and no SVG one`, () => {
      const html = readFileSync(join(inject('siteDir'), path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const links = iconLinks(html);
      expect(links.map((l) => [l.rel, l.href, l.sizes, l.type])).toEqual(
        FAVICONS.map((icon) => [
          icon.rel,
          `${siteBase()}${icon.path.slice(1)}`,
          `${icon.size}x${icon.size}`,
          'image/png',
        ]),
      );
      expect(links.some((l) => /\.svg(\?|$)/.test(l.href ?? '') || l.type === 'image/svg+xml')).toBe(false);
    });
  }
});
