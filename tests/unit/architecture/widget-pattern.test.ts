// Guards the widget pattern (docs/widget-kit.md): every widget folder has the same entry points
// with the same names, so a reader finds any widget's schema, model, summary and table where
// the others keep theirs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WIDGETS = resolve(__dirname, '../../../src/widgets');
const SHARED = new Set(['kit', 'kit3d']);

/** file → the exports it must have (a function or a const of that name). */
const ENTRY_POINTS: Record<string, readonly string[]> = {
  'state.ts': ['WIDGET_ID', 'stateSchema'],
  'model.ts': ['model'],
  'summary.ts': ['summary'],
  'table.ts': ['table'],
};

/** The names a module exports (declarations only: the pattern asks for them to be defined there). */
export function exportedNames(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/gm)].map((m) => m[1]!);
}

const folders = readdirSync(WIDGETS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !SHARED.has(e.name))
  .map((e) => e.name);

describe('widget pattern', () => {
  it('finds the widget folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(15);
  });

  it('reads exported declarations, not mentions', () => {
    expect(exportedNames('export function model(s) {}\nexport const WIDGET_ID = 1;\nconst table = 2;')).toEqual([
      'model',
      'WIDGET_ID',
    ]);
  });

  for (const folder of folders) {
    it(`${folder} has state.ts (WIDGET_ID, stateSchema), model.ts (model), summary.ts (summary), table.ts (table)`, () => {
      for (const [file, names] of Object.entries(ENTRY_POINTS)) {
        const path = join(WIDGETS, folder, file);
        expect(existsSync(path), `${folder}/${file}`).toBe(true);
        const exported = exportedNames(readFileSync(path, 'utf8'));
        for (const name of names) expect(exported, `${folder}/${file} exports ${name}`).toContain(name);
      }
      const id = /export const WIDGET_ID = '([^']+)'/.exec(readFileSync(join(WIDGETS, folder, 'state.ts'), 'utf8'));
      expect(id?.[1], `${folder}: WIDGET_ID is the folder's name`).toBe(folder);
    });

    it(`${folder} hydrates in short tasks: its component prepares the default state's model (prepareModel)`, () => {
      const components = readdirSync(join(WIDGETS, folder)).filter((f) => f.endsWith('.tsx'));
      const sources = components.map((f) => readFileSync(join(WIDGETS, folder, f), 'utf8'));
      const island = sources.find((src) => /^export default function/m.test(src));
      expect(island, `${folder}: a component with a default export`).toBeDefined();
      expect(island).toMatch(/useModel\(url, model\)/);
      // At the top level, after the imports: the island hydrates once the model is ready.
      expect(island).toMatch(/^await prepareModel\(model, stateSchema\.defaults\b/m);
    });
  }
});
