// /BASE/sitemap.xml: the home page, every chapter and every other top-level page
// (found from the page files, so pages other helpers add are listed too), as
// absolute URLs under the base path.
import type { APIRoute } from 'astro';
import { withBase } from '../utils/base';
import { chapterList } from './_chapters';

const topLevel = Object.keys(import.meta.glob(['./*.astro', './*/index.astro', '!./index.astro', '!./404.astro'])).map(
  (f) => `/${f.replace(/^\.\//, '').replace(/(\/index)?\.astro$/, '')}/`,
);

export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...(await chapterList()).map((c) => c.path), ...topLevel];
  const urls = paths.map((p) => `  <url><loc>${new URL(withBase(p), site).href}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
