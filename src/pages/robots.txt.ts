// /BASE/robots.txt: everything may be crawled; the sitemap is under the base path.
// (On a GitHub Pages project site crawlers read the user site's /robots.txt; this
// one serves a custom domain or a user site, and names the sitemap either way.)
import type { APIRoute } from 'astro';
import { withBase } from '../utils/base';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(withBase('/sitemap.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain' },
  });
