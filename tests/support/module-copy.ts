/**
 * For unit tests of the build's module rewrites (src/utils/module-rewrite.ts): a module's text,
 * original or rewritten, imported from a folder of its own under tests/.tmp/, which is removed
 * once it is loaded. The copy's bare imports are pointed at installed packages (`installedUrl`)
 * or at stand-ins written beside it.
 *
 *     const time = installedUrl('d3-time');
 *     const mod = await importModuleCopy({ 'main.mjs': code.replace("'d3-time'", time) });
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));

/** An installed package's entry as a quoted file URL, to put in place of its bare specifier. */
export function installedUrl(specifier: string): string {
  return JSON.stringify(pathToFileURL(require.resolve(specifier)).href);
}

/** Writes `files` (name → text) into a new folder and imports its `main.mjs`. */
export async function importModuleCopy<M>(files: Readonly<Record<string, string>>): Promise<M> {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, 'module-copy-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'main.mjs')).href)) as M;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
