/**
 * Astro integration: after the build, every HTML page gets its Content Security
 * Policy meta element (src/utils/csp.ts), hashing that page's own inline
 * scripts and styles. Why not Astro's `security.csp`: docs/security.md.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withContentSecurityPolicy } from './csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function cspIntegration(): AstroIntegration {
  return {
    name: 'downhill-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          try {
            await writeFile(file, withContentSecurityPolicy(await readFile(file, 'utf8')));
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
        }
        logger.info(`Content-Security-Policy written into ${files.length} pages`);
      },
    },
  };
}
