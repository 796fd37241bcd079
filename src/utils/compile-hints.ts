/**
 * Vite plugin for the build: every JavaScript chunk of 4 KB or more the browser loads starts
 * with V8's explicit compile hint, `//# allFunctionsCalledOnLoad` (Chrome 136 and later; other
 * engines read a comment). V8 otherwise compiles a function on the main thread the first time
 * it is called, so the first widget on a page pays for compiling Plot, d3, Preact and the kit
 * inside its hydration tasks: at 4× CPU, a first Plot drawing of 54 ms was 17 ms once compiled
 * ahead. With the hint V8 compiles the whole file while it streams it in, on a background
 * thread. The cost is background work and memory for functions a page never calls, and about
 * 25 bytes of gzip per file: so a file under 4 KB, whose compiling costs little, goes without
 * (docs/benchmarks.md, "Compiled ahead").
 */
import type { Plugin } from 'vite';

/** V8's magic comment: compile every function of this file eagerly. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Files shorter than this (characters) are not hinted: compiling them costs little. */
export const HINTED_FROM = 4096;

/** The chunk's code with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

export function compileHints(): Plugin {
  return {
    name: 'downhill:compile-hints',
    // The browser's chunks only: not the server build that renders the pages.
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: {
      // After Vite's own additions to a chunk (its preload helper goes first in the file).
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.code.length >= HINTED_FROM) file.code = withCompileHint(file.code);
        }
      },
    },
  };
}
