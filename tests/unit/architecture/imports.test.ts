// Guards the layering: no widget imports another widget (shared code lives in the kit,
// kit3d or the core), the core imports nothing outside src/core, and nothing in src imports
// preact/compat (its React hooks would rewrite every element's props on the page).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../../src');
const SHARED = new Set(['kit', 'kit3d']);
/**
 * Packages the core may use: pure computation with no DOM. d3-contour is the marching-squares
 * the contour module wraps (src/core/contour/contour-polygons.ts). Adding to this list is a
 * decision for the core's owner, not a way round the test.
 */
const CORE_PACKAGES = new Set(['d3-contour']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.(ts|tsx|mts)$/.test(e.name) ? [p] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic imports, `new URL(…)` workers). */
export function specifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]!);
  return out;
}

/** The absolute path a specifier points at, or null for a package. */
export function target(file: string, spec: string): string | null {
  if (spec.startsWith('~/')) return join(SRC, spec.slice(2));
  if (spec.startsWith('.')) return resolve(dirname(file), spec);
  return null;
}

/** The widget folder a path lies in (src/widgets/<name>/…), or null. */
function widgetOf(path: string): string | null {
  const rel = relative(join(SRC, 'widgets'), path);
  if (rel.startsWith('..')) return null;
  const name = rel.split(sep)[0]!;
  return rel.includes(sep) ? name : null;
}

describe('import boundaries', () => {
  it('finds the specifiers of imports, re-exports, dynamic imports and worker URLs', () => {
    const src =
      "import a from 'x';\nimport { b } from \"~/y\";\nexport { c } from './z';\nimport './s.css';\nconst w = new Worker(new URL('./w.worker.ts', import.meta.url));\nawait import('~/q');";
    expect(specifiers(src).sort()).toEqual(['./s.css', './w.worker.ts', './z', 'x', '~/q', '~/y']);
  });

  it('no widget imports another widget (kit and kit3d are shared)', () => {
    const bad: string[] = [];
    for (const file of files(join(SRC, 'widgets'))) {
      const from = widgetOf(file);
      if (from === null || SHARED.has(from)) continue;
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const t = target(file, spec);
        const to = t === null ? null : widgetOf(t);
        if (to !== null && to !== from && !SHARED.has(to)) bad.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('src/core imports nothing outside src/core (and no package but pure computation)', () => {
    const core = join(SRC, 'core');
    const bad: string[] = [];
    for (const file of files(core)) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const t = target(file, spec);
        if (t === null ? !CORE_PACKAGES.has(spec) : !(t === core || t.startsWith(core + sep)))
          bad.push(`${relative(SRC, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('nothing in src imports preact/compat (the kit has its own memo)', () => {
    const bad = files(SRC).filter((file) =>
      specifiers(readFileSync(file, 'utf8')).some((spec) => spec === 'preact/compat' || spec.startsWith('react')),
    );
    expect(bad.map((f) => relative(SRC, f))).toEqual([]);
  });
});
