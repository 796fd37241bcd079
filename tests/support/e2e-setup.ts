// Global setup for the e2e project: serve the built site under /downhill/
// (like GitHub Pages) once for all test files, and hand its origin to them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveSite } from './server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    siteBase: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`No built site at ${dir}. Build it first: BASE_PATH=/downhill/ npm run build (or set DIST_DIR).`);
  }
  // Cached for ten minutes, as GitHub Pages sends it: a file's pages then load their
  // scripts from the browser's cache after the first load (half a chapter's hydration
  // time here), while every openPage() context and the layout-shift test start empty.
  const site = await serveSite({ dir, base: '/downhill/', maxAge: 600 });
  project.provide('siteOrigin', site.origin);
  project.provide('siteBase', site.base);
  project.provide('siteDir', dir);
  return () => site.close();
}
