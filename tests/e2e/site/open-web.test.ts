// The open web: sitemap.xml and robots.txt under the base path, and every page's
// sharing and theme metadata (og:url, twitter:card, theme-color for both themes),
// with URLs that carry the base path.
import { describe, expect, it } from 'vitest';
import { allPagePaths, chapterPaths, siteBase, siteUrl } from '../../support/site';

const get = async (path: string) => {
  const res = await fetch(siteUrl(path));
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};

describe('sitemap and robots.txt', () => {
  it('sitemap.xml lists the home page and every chapter, under the base path', async () => {
    const r = await get('sitemap.xml');
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/xml/);
    const locs = [...r.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toContain(siteBase());
    for (const p of chapterPaths()) expect(locs).toContain(siteBase() + p);
    for (const l of locs) expect(l.startsWith(siteBase())).toBe(true);
  });

  it('robots.txt allows crawling and names the sitemap under the base path', async () => {
    const r = await get('robots.txt');
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/^User-agent: \*$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(r.text)?.[1];
    expect(sitemap && new URL(sitemap).pathname).toBe(`${siteBase()}sitemap.xml`);
  });
});

describe('sharing and theme metadata', () => {
  for (const path of allPagePaths().filter((p) => p !== '404.html')) {
    it(`/${path}`, async () => {
      const { text } = await get(path);
      const meta = (attr: string, value: string) =>
        [...text.matchAll(new RegExp(`<meta ${attr}="${value}"[^>]*>`, 'g'))].map((m) => m[0]);
      const content = (tag: string | undefined) => (tag ? /content="([^"]*)"/.exec(tag)?.[1] : undefined);
      const ogUrl = content(meta('property', 'og:url')[0]);
      expect(ogUrl && new URL(ogUrl).pathname).toBe(siteBase() + path);
      expect(content(meta('name', 'twitter:card')[0])).toMatch(/^summary/);
      const themes = meta('name', 'theme-color');
      expect(themes.some((t) => t.includes('prefers-color-scheme: light'))).toBe(true);
      expect(themes.some((t) => t.includes('prefers-color-scheme: dark'))).toBe(true);
    });
  }
});
