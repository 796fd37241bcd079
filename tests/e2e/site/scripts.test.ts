// The built site's scripts: every JavaScript file the browser loads (the pages' chunks and the
// workers) starts with V8's compile hint (src/utils/compile-hints.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, inject } from 'vitest';
import { COMPILE_HINT } from '~/utils/compile-hints';

describe('built scripts', () => {
  it('every script starts with the compile hint', () => {
    const dir = join(inject('siteDir'), '_astro');
    const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    expect(scripts.some((f) => f.includes('.worker'))).toBe(true);
    const without = scripts.filter((f) => !readFileSync(join(dir, f), 'utf8').startsWith(`${COMPILE_HINT}\n`));
    expect(without).toEqual([]);
  });
});
