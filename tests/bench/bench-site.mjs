// What every browser benchmark starts from: the built site (DIST_DIR, default dist/) and the
// full Chromium that students run (CHROMIUM_PATH or CHROME_PATH, else the system's). The
// e2e tests may use the headless shell; the benchmarks measure the real browser.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built site's directory (DIST_DIR, else dist/ at the repository's root). */
export const distDir = resolve(process.env.DIST_DIR ?? join(root, 'dist'));

/** Whether a built site is there. */
export function isBuilt(dir = distDir) {
  return existsSync(join(dir, 'index.html'));
}

/** Exits with a message when there is no built site. */
export function requireBuilt(dir = distDir) {
  if (isBuilt(dir)) return;
  console.error(`No built site at ${dir}: BASE_PATH=/downhill/ npm run build first.`);
  process.exit(1);
}

/** The full Chromium to measure with, or undefined. */
export function benchChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((p) => p && existsSync(p));
}

/** Lighthouse's mobile screen: 412 × 823 CSS px at a device pixel ratio of 2.625. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625 };

/** The built site's chapters (`chapters/<name>/`), in order. */
export function chapterPages(dir = distDir) {
  return readdirSync(join(dir, 'chapters'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, 'chapters', d.name, 'index.html')))
    .map((d) => `chapters/${d.name}/`)
    .sort();
}

/** Every page of the built site: the home page, the chapters, then the other top-level pages. */
export function sitePages(dir = distDir) {
  const others = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'chapters' && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `${d.name}/`)
    .sort();
  return ['', ...chapterPages(dir), ...others];
}
