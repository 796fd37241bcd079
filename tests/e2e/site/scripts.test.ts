// The built site's scripts: every JavaScript file of 4 KB or more the browser loads (the pages'
// chunks and the workers) starts with V8's compile hint (src/utils/compile-hints.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { COMPILE_HINT, HINTED_FROM } from '~/utils/compile-hints';

describe('built scripts', () => {
  it('every script of 4 KB or more starts with the compile hint, and no smaller one', () => {
    const dir = join(inject('siteDir'), '_astro');
    const scripts = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ f, code: readFileSync(join(dir, f), 'utf8') }));
    const hinted = scripts.filter((s) => s.code.startsWith(`${COMPILE_HINT}\n`));
    expect(hinted.length).toBeGreaterThan(10);
    expect(hinted.some((s) => s.f.includes('.worker'))).toBe(true);
    // The hinted file's own code is what the plugin measured.
    const long = (s: { code: string }) => s.code.replace(`${COMPILE_HINT}\n`, '').length >= HINTED_FROM;
    expect(scripts.filter((s) => long(s) !== hinted.includes(s)).map((s) => s.f)).toEqual([]);
  });
});
