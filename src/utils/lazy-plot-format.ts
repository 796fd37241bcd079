/**
 * Vite plugin for the build: Observable Plot makes its default number format when it is
 * imported (`export const formatDefault = formatAuto()` in its src/format.js builds an
 * `Intl.NumberFormat`), and Chromium's first `Intl.NumberFormat` on a page costs 35–55 ms of
 * main thread (110–180 ms at Lighthouse's 4× CPU slowdown): most of the task that evaluates a
 * page's widget code. Our figures format their own numbers; Plot needs that formatter only
 * when it formats a number itself (a text or tip mark given numbers, an ordinal axis). So the
 * plugin has `formatAuto` make it on its first number instead. Same output; the build fails if
 * Plot's source no longer reads as expected (a new Plot version: look again).
 */
import type { Plugin } from 'vite';
import { moduleRewrite } from './module-rewrite';

/** The function as Plot 0.6.17 writes it. */
export const EAGER_FORMAT_AUTO = `export function formatAuto(locale = "en-US") {
  const number = formatNumber(locale);
  return (v) => (v instanceof Date ? formatIsoDate : typeof v === "number" ? number : string)(v);
}`;

/** The same function, its number format made on the first number it formats. */
export const LAZY_FORMAT_AUTO = `export function formatAuto(locale = "en-US") {
  let number;
  return (v) => (v instanceof Date ? formatIsoDate : typeof v === "number" ? (number ??= formatNumber(locale)) : string)(v);
}`;

const PLOT_FORMAT = /[\\/]@observablehq[\\/]plot[\\/]src[\\/]format\.js$/;

/** Plot's src/format.js with the lazy `formatAuto`; throws if the eager one is not there. */
export function lazyFormatSource(code: string): string {
  if (!code.includes(EAGER_FORMAT_AUTO)) {
    throw new Error(
      "lazy-plot-format: @observablehq/plot's src/format.js no longer has the formatAuto this plugin rewrites; check whether Plot still builds an Intl.NumberFormat when imported and update src/utils/lazy-plot-format.ts",
    );
  }
  return code.replace(EAGER_FORMAT_AUTO, LAZY_FORMAT_AUTO);
}

export function lazyPlotFormat(): Plugin {
  return moduleRewrite('downhill:lazy-plot-format', PLOT_FORMAT, lazyFormatSource);
}
