/**
 * A DOM document for rendering Plot figures to static SVG during the build.
 *
 * jsdom is loaded through Node's own `require` obtained at run time
 * (`process.getBuiltinModule`), not through an import: the bundler never sees
 * it, so it cannot leak into the client bundle. Call only when
 * `import.meta.env.SSR` is true. One document is shared by the whole build.
 */
let cached: Document | undefined;

export function ssrDocument(): Document {
  if (cached !== undefined) return cached;
  const { createRequire } = process.getBuiltinModule('node:module');
  // Resolve from the project root: the built server chunks may live outside it (--outDir).
  const require = createRequire(`${process.cwd()}/`);
  const { JSDOM } = require('jsdom') as typeof import('jsdom');
  cached = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return cached;
}
