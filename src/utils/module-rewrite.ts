/**
 * A Vite plugin for the build that rewrites one installed module's source: the build's lazy
 * defaults (lazy-plot-format.ts, lazy-color-ramps.ts, lazy-time-format.ts) and its task break
 * (plot-task-break.ts). `rewrite` gets the source with `\n` line ends and throws when it no longer
 * reads as expected, which fails the build (a new version of the package: look again).
 */
import type { Plugin } from 'vite';

export interface ModuleRewriteOptions {
  /** Leave the server's build alone (the static HTML has no tasks to split). */
  readonly browserOnly?: boolean;
}

export function moduleRewrite(
  name: string,
  file: RegExp,
  rewrite: (code: string) => string,
  options: ModuleRewriteOptions = {},
): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id, transformOptions) {
      if (options.browserOnly === true && transformOptions?.ssr === true) return null;
      if (!file.test(id.split('?')[0]!)) return null;
      return { code: rewrite(code.replace(/\r\n/g, '\n')), map: null };
    },
  };
}
