// Module resolve hook for `node --experimental-strip-types tests/bench/core.ts`: the core's
// TypeScript imports are extension-less ('../errors') and may use the '~/' alias, which Node
// alone does not resolve. Registered by core.ts before it imports anything from src/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const src = new URL('../../src/', import.meta.url);

export async function resolve(specifier, context, next) {
  let spec = specifier;
  if (spec.startsWith('~/')) spec = new URL(spec.slice(2), src).href;
  const relative = spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('file:');
  if (relative && context.parentURL && !/\.[cm]?[jt]s$/.test(spec)) {
    const url = new URL(spec, context.parentURL);
    for (const ext of ['.ts', '/index.ts']) {
      const candidate = fileURLToPath(url) + ext;
      if (existsSync(candidate)) return next(pathToFileURL(candidate).href, context);
    }
  }
  return next(spec, context);
}
