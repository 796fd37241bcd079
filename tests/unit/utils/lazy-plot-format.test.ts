// The build's rewrite of Plot's formatAuto: applies to the installed Plot, formats as before,
// and makes its Intl.NumberFormat on the first number rather than when Plot is imported.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_FORMAT_AUTO, LAZY_FORMAT_AUTO, lazyFormatSource, lazyPlotFormat } from '~/utils/lazy-plot-format';

const plotFormatPath = join(createRequire(import.meta.url).resolve('@observablehq/plot'), '..', 'format.js');

type FormatAuto = (locale?: string) => (v: unknown) => string | undefined;

/** One of the two function texts as a function, with counting stand-ins for Plot's helpers. */
function formatAutoOf(source: string): { formatAuto: FormatAuto; made: () => number } {
  let made = 0;
  const formatNumber = (locale: string) => {
    made++;
    const f = new Intl.NumberFormat(locale);
    return (v: number) => f.format(v);
  };
  const formatIsoDate = (d: Date) => d.toISOString();
  const string = (v: unknown) => (v == null ? v : String(v));
  // Plot's own function text, under test.
  const formatAuto = new Function(
    'formatNumber',
    'formatIsoDate',
    'string',
    `${source.replace('export ', '')}\nreturn formatAuto;`,
  )(formatNumber, formatIsoDate, string) as FormatAuto;
  return { formatAuto, made: () => made };
}

describe('lazy-plot-format', () => {
  it("rewrites the installed Plot's src/format.js", () => {
    const code = readFileSync(plotFormatPath, 'utf8');
    expect(code).toContain(EAGER_FORMAT_AUTO);
    expect(code).toContain('export const formatDefault = formatAuto();');
    const out = lazyFormatSource(code);
    expect(out).toContain(LAZY_FORMAT_AUTO);
    expect(out).not.toContain(EAGER_FORMAT_AUTO);
    const plugin = lazyPlotFormat();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    expect(transform(code, plotFormatPath)?.code).toBe(out);
    expect(transform(code, '/x/node_modules/@observablehq/plot/src/marks/text.js')).toBeNull();
  });

  it('formats as before, making the number format on the first number only', () => {
    const eager = formatAutoOf(EAGER_FORMAT_AUTO);
    const lazy = formatAutoOf(LAZY_FORMAT_AUTO);
    const before = eager.formatAuto();
    expect(eager.made()).toBe(1);
    const after = lazy.formatAuto();
    expect(lazy.made()).toBe(0);
    for (const v of ['text', null, undefined, new Date(Date.UTC(2026, 0, 2)), 1234567.891, -0.5, NaN]) {
      expect(after(v)).toEqual(before(v));
    }
    expect(lazy.made()).toBe(1);
    expect(after(3)).toBe('3');
    expect(lazy.made()).toBe(1);
  });

  it('fails the build when Plot no longer reads as expected', () => {
    expect(() => lazyFormatSource('export const formatDefault = (v) => String(v);')).toThrow(/no longer has/);
  });
});
