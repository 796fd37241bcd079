// The build's rewrite of d3-scale-chromatic: applies to the installed version, gives every
// interpolator the same colours, and builds none of them when the module is imported.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LAZY_INTERPOLATOR, lazyColorRamps, lazyRampsSource } from '~/utils/lazy-color-ramps';
import { importModuleCopy, installedUrl } from '../../support/module-copy';

const chromaticPath = createRequire(import.meta.url).resolve('d3-scale-chromatic');
const source = readFileSync(chromaticPath, 'utf8');

type Module = Record<string, unknown>;

/**
 * The module text loaded from a folder of its own, its d3-interpolate calls counted: the
 * import points at a stand-in that forwards to the real one and counts in `counter`.
 */
function load(code: string, counter: string): Promise<Module> {
  const count = `globalThis[${JSON.stringify(counter)}]`;
  return importModuleCopy<Module>({
    'interpolate.mjs': `import * as d3 from ${installedUrl('d3-interpolate')};
     const counted = (f) => (...a) => { ${count} = (${count} ?? 0) + 1; return f(...a); };
     export const interpolateRgbBasis = counted(d3.interpolateRgbBasis);
     export const interpolateCubehelixLong = d3.interpolateCubehelixLong;`,
    'main.mjs': code
      .replace(/from ['"]d3-interpolate['"]/, `from './interpolate.mjs'`)
      .replace(/from ['"]d3-color['"]/, `from ${installedUrl('d3-color')}`),
  });
}

describe('lazy-color-ramps', () => {
  it('rewrites the installed d3-scale-chromatic, and only that module', () => {
    const out = lazyRampsSource(source);
    expect(out).toContain(LAZY_INTERPOLATOR);
    expect(out).not.toMatch(/^var \w+ = ramp\$1\(scheme/m);
    expect(out).not.toMatch(/^var \w+ = ramp\(colors\(/m);
    const transform = lazyColorRamps().transform as (code: string, id: string) => { code: string } | null;
    expect(transform(source, chromaticPath)?.code).toBe(out);
    expect(transform(source, '/x/node_modules/d3-scale/src/index.js')).toBeNull();
    expect(() => lazyRampsSource(source.replace('var BrBG = ramp$1(scheme$q);', 'var BrBG = 1;'))).toThrow(
      /lazy-color-ramps/,
    );
  });

  it('builds no spline when imported, and gives every interpolator and scheme the same colours', async () => {
    const eager = await load(source, 'eagerSplines');
    const lazy = await load(lazyRampsSource(source), 'lazySplines');
    const g = globalThis as { eagerSplines?: number; lazySplines?: number };
    expect(g.eagerSplines).toBe(27);
    expect(g.lazySplines).toBeUndefined();
    const names = Object.keys(eager).sort();
    expect(Object.keys(lazy).sort()).toEqual(names);
    const ts = [-0.5, 0, 0.01, 0.1, 0.25, 0.333, 0.5, 0.77, 0.999, 1, 1.5, NaN];
    for (const name of names) {
      const e = eager[name];
      const l = lazy[name];
      if (typeof e === 'function') {
        expect(typeof l, name).toBe('function');
        expect((l as () => void).length, name).toBe(1);
        expect(
          ts.map((t) => (l as (t: number) => string)(t)),
          name,
        ).toEqual(ts.map((t) => (e as (t: number) => string)(t)));
      } else {
        expect(l, name).toEqual(e);
      }
    }
    expect(g.lazySplines).toBe(27);
  });
});
