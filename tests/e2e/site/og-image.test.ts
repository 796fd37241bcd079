// The social preview image: every page names the one 1200 × 630 PNG with an absolute URL under
// the site URL and the base path, with its size, type and alt text, and asks for a large card;
// the URL's path serves that PNG. (The PNG itself: tests/unit/utils/og-image.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allPagePaths, siteBase, siteUrl } from '../../support/site';

function metaContent(html: string, attr: 'property' | 'name', key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

describe('og:image', () => {
  const served = fetch(siteUrl('og-image.png')).then(async (r) => ({
    status: r.status,
    type: r.headers.get('content-type'),
    bytes: Buffer.from(await r.arrayBuffer()),
  }));

  it('is served under the base path as the committed PNG', async () => {
    const r = await served;
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^image\/png/);
    expect(r.bytes.equals(readFileSync(join(inject('siteDir'), 'og-image.png')))).toBe(true);
    expect([r.bytes.readUInt32BE(16), r.bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  for (const path of allPagePaths()) {
    it(`/${path}`, () => {
      const html = readFileSync(join(inject('siteDir'), path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const images = metaContent(html, 'property', 'og:image');
      expect(images).toHaveLength(1);
      const url = new URL(images[0]!);
      // Absolute, on the site the build was made for (the origin of og:url), under the base path.
      const ogUrl = metaContent(html, 'property', 'og:url')[0];
      if (ogUrl) expect(url.origin).toBe(new URL(ogUrl).origin);
      expect(url.protocol).toMatch(/^https?:$/);
      expect(url.pathname).toBe(`${siteBase()}og-image.png`);
      expect(metaContent(html, 'property', 'og:image:width')).toEqual(['1200']);
      expect(metaContent(html, 'property', 'og:image:height')).toEqual(['630']);
      expect(metaContent(html, 'property', 'og:image:type')).toEqual(['image/png']);
      expect(metaContent(html, 'property', 'og:image:alt')[0]?.length).toBeGreaterThan(20);
      expect(metaContent(html, 'name', 'twitter:card')).toEqual(['summary_large_image']);
    });
  }
});
