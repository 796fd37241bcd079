// The build's compile hint: first line of every browser chunk, once, after Vite's own additions.
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { COMPILE_HINT, compileHints, HINTED_FROM, withCompileHint } from '~/utils/compile-hints';

type Output = { type: 'chunk'; code: string } | { type: 'asset'; source: string };

/** The plugin's generateBundle run over `bundle`, as the bundler runs it. */
function generate(plugin: Plugin, bundle: Record<string, Output>): void {
  const hook = plugin.generateBundle as { order: string; handler: (o: unknown, b: unknown) => void };
  hook.handler.call({}, {}, bundle);
}

describe('compile hints', () => {
  it('puts the hint on the first line, once', () => {
    const code = 'import{a}from"./x.js";a();';
    expect(withCompileHint(code)).toBe(`//# allFunctionsCalledOnLoad\n${code}`);
    expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code));
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('marks every chunk of 4 KB or more and no asset, after the other plugins (Vite puts its preload helper first)', () => {
    const plugin = compileHints();
    expect((plugin.generateBundle as { order: string }).order).toBe('post');
    const helper = `const __vite__mapDeps=(i)=>i;\nexport default ${'1'.repeat(HINTED_FROM)};`;
    const small = 'export default 1;';
    const bundle: Record<string, Output> = {
      'a.js': { type: 'chunk', code: helper },
      'small.js': { type: 'chunk', code: small },
      'b.css': { type: 'asset', source: 'body{}' },
    };
    generate(plugin, bundle);
    expect(bundle['a.js']).toEqual({ type: 'chunk', code: `${COMPILE_HINT}\n${helper}` });
    expect(bundle['small.js']).toEqual({ type: 'chunk', code: small });
    expect(bundle['b.css']).toEqual({ type: 'asset', source: 'body{}' });
  });

  it('applies to the browser build only, not to the server build that renders the pages', () => {
    const applies = compileHints().applyToEnvironment as (e: { name: string }) => boolean;
    expect(applies({ name: 'client' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(false);
  });
});
