/**
 * Vite plugin for the build: d3-time-format (which Plot imports, for dates on time axes) builds
 * its default locale, the US English one, when it is imported: a regular expression and a lookup
 * table for each list of names (periods, days, months), 4–9 ms of the task that evaluates a
 * page's widget code at 4× CPU slowdown (docs/benchmarks.md, "Hydration"). No figure here has a
 * time axis. The plugin has `timeFormat`, `timeParse`, `utcFormat` and `utcParse` build the
 * default locale on their first call instead, which then puts the locale's own functions in
 * their place, as the eager module does. Same formats; the build fails if the module no longer
 * reads as expected (a new d3-time-format: look again).
 */
import type { Plugin } from 'vite';
import { moduleRewrite } from './module-rewrite';

/** The eager call as d3-time-format 4.1 writes it (its definition object follows). */
export const EAGER_CALL = '\ndefaultLocale({\n  dateTime:';

/** The default definition kept as data, and four functions that make the locale on first use. */
export const LAZY_DEFINITION = '\nvar defaultDefinition = ({\n  dateTime:';
export const LAZY_FUNCTIONS = `
function lazyDefaultLocale() {
  if (locale === undefined) defaultLocale(defaultDefinition);
  return locale;
}
timeFormat = function(specifier) { return lazyDefaultLocale().format(specifier); };
timeParse = function(specifier) { return lazyDefaultLocale().parse(specifier); };
utcFormat = function(specifier) { return lazyDefaultLocale().utcFormat(specifier); };
utcParse = function(specifier) { return lazyDefaultLocale().utcParse(specifier); };
`;

const TIME_FORMAT = /[\\/]d3-time-format[\\/]dist[\\/]d3-time-format\.mjs$/;

/**
 * d3-time-format's module with its default locale made on first use; throws if the module
 * reads otherwise.
 */
export function lazyTimeFormatSource(code: string): string {
  const at = code.indexOf(EAGER_CALL);
  const end = at < 0 ? -1 : code.indexOf('\n});\n', at);
  if (at < 0 || end < 0 || code.indexOf(EAGER_CALL, at + 1) >= 0 || !code.includes('\nvar locale;\n')) {
    throw new Error(
      'lazy-time-format: d3-time-format no longer makes its default locale as this plugin expects; check whether it still makes it when imported and update src/utils/lazy-time-format.ts',
    );
  }
  const definition = code.slice(at + EAGER_CALL.length, end);
  return (
    code.slice(0, at) + LAZY_DEFINITION + definition + '\n});\n' + LAZY_FUNCTIONS + code.slice(end + '\n});\n'.length)
  );
}

export function lazyTimeFormat(): Plugin {
  return moduleRewrite('downhill:lazy-time-format', TIME_FORMAT, lazyTimeFormatSource);
}
