// A static file server that behaves like GitHub Pages for a built site:
// the site lives under a base path (e.g. /downhill/), `dir/` serves
// `dir/index.html`, `dir` redirects to `dir/`, and anything missing gets
// the site's 404.html with status 404; text types are gzipped when the
// client accepts it, as Pages does (each file compressed once per change, not
// on every request: the e2e tests load the same pages hundreds of times, and the
// server shares the machine with the browsers). Loopback only.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types GitHub Pages sends gzipped. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDir(p) {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Serve `dir` under `base` on 127.0.0.1. `maxAge` (seconds) lets browsers cache
 * what they fetch, as GitHub Pages does (`max-age=600`); without it every
 * response is `no-store`.
 * @param {{ dir: string, base?: string, port?: number, maxAge?: number }} options
 * @returns {Promise<{ origin: string, base: string, url: (path?: string) => string, close: () => Promise<void> }>}
 */
export async function serveSite({ dir, base = '/downhill/', port = 0, maxAge }) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const root = normalize(dir);
  /** Gzipped bodies by file, with the modification time they were made from. */
  const gzipped = new Map();
  async function gzipOf(target, body) {
    const { mtimeMs, size } = await stat(target);
    const hit = gzipped.get(target);
    if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body;
    const gz = gzipSync(body);
    gzipped.set(target, { mtimeMs, size, body: gz });
    return gz;
  }

  async function notFound(res) {
    const page = join(root, '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    res.end((await isFile(page)) ? await readFile(page) : 'Not found');
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      if (path === base.slice(0, -1)) {
        res.writeHead(301, { location: base + url.search });
        return res.end();
      }
      if (!path.startsWith(base)) return notFound(res);
      const rel = path.slice(base.length);
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return notFound(res);
      let target = file;
      if (await isDir(file)) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: path + '/' + url.search });
          return res.end();
        }
        target = join(file, 'index.html');
      }
      if (!(await isFile(target))) return notFound(res);
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      let body = await readFile(target);
      const headers = {
        'content-type': type,
        'cache-control': maxAge === undefined ? 'no-store' : `max-age=${maxAge}`,
        vary: 'accept-encoding',
      };
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = await gzipOf(target, body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    }
  });

  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    base,
    url: (p = '') => origin + base + p.replace(/^\//, ''),
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
