// The build's rewrite of d3-time-format: applies to the installed version, formats and parses as
// before, and makes its default locale on the first call rather than when imported.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EAGER_CALL, LAZY_FUNCTIONS, lazyTimeFormat, lazyTimeFormatSource } from '~/utils/lazy-time-format';
import { importModuleCopy, installedUrl } from '../../support/module-copy';

const timeFormatPath = createRequire(import.meta.url).resolve('d3-time-format');
const source = readFileSync(timeFormatPath, 'utf8');

type Formatter = (specifier: string) => (value: never) => unknown;
type Module = Record<'timeFormat' | 'timeParse' | 'utcFormat' | 'utcParse', Formatter>;

/** The module text loaded from a folder of its own, importing the installed d3-time. */
const load = (code: string): Promise<Module> =>
  importModuleCopy<Module>({ 'main.mjs': code.replace(/from ['"]d3-time['"]/, `from ${installedUrl('d3-time')}`) });

describe('lazy-time-format', () => {
  it('rewrites the installed d3-time-format, and only that module', () => {
    expect(source).toContain(EAGER_CALL);
    const out = lazyTimeFormatSource(source);
    expect(out).not.toContain(EAGER_CALL);
    expect(out).toContain(LAZY_FUNCTIONS);
    const transform = lazyTimeFormat().transform as (code: string, id: string) => { code: string } | null;
    expect(transform(source, timeFormatPath)?.code).toBe(out);
    expect(transform(source, '/x/node_modules/d3-time/dist/d3-time.mjs')).toBeNull();
    expect(() => lazyTimeFormatSource(source.replace(EAGER_CALL, '\nmakeLocale({\n  dateTime:'))).toThrow(
      /lazy-time-format/,
    );
  });

  it('makes the default locale on the first call, then formats and parses as before', async () => {
    const eager = await load(source);
    const lazy = await load(lazyTimeFormatSource(source));
    // Before the first call, the exports are the stand-ins; after it, the locale's own functions.
    expect(String(lazy.utcFormat)).toContain('lazyDefaultLocale');
    const dates = [
      new Date(Date.UTC(2026, 11, 2, 15, 4, 5, 6)),
      new Date(Date.UTC(1999, 0, 31, 23, 59, 59)),
      new Date(0),
    ];
    const specifiers = ['%Y-%m-%d', '%a %b %e %H:%M:%S.%L', '%c', '%x %X', '%A, %B %-d', '%I %p', '%U %W %j %Z'];
    for (const name of ['utcFormat', 'timeFormat'] as const) {
      for (const s of specifiers) {
        expect(
          dates.map((d) => lazy[name](s)(d as never)),
          `${name} ${s}`,
        ).toEqual(dates.map((d) => eager[name](s)(d as never)));
      }
    }
    expect(String(lazy.utcFormat)).not.toContain('lazyDefaultLocale');
    for (const name of ['utcParse', 'timeParse'] as const) {
      for (const [s, text] of [
        ['%Y-%m-%d', '2026-12-02'],
        ['%B %d, %Y', 'December 02, 2026'],
        ['%a %I %p', 'Wed 03 PM'],
        ['%Y', 'not a year'],
      ] as const) {
        expect(String(lazy[name](s)(text as never)), `${name} ${s}`).toBe(String(eager[name](s)(text as never)));
      }
    }
  });
});
