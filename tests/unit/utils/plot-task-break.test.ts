// The build's task break after Plot: applies to the installed Plot's index, in the browser's build
// only, and fails the build when the index no longer ends as expected.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLOT_INDEX_END, TASK_BREAK, plotIndexWithBreak, plotTaskBreak } from '~/utils/plot-task-break';

const plotIndexPath = join(createRequire(import.meta.url).resolve('@observablehq/plot'), '..', 'index.js');
const source = readFileSync(plotIndexPath, 'utf8');

type Transform = (code: string, id: string, options?: { ssr?: boolean }) => { code: string } | null;
const transform = plotTaskBreak().transform as Transform;

describe('plot-task-break', () => {
  it("ends the installed Plot's index with a top-level await of a new task", () => {
    expect(source.trimEnd().endsWith(PLOT_INDEX_END)).toBe(true);
    const out = plotIndexWithBreak(source);
    expect(out.startsWith(source.trimEnd())).toBe(true);
    expect(out.endsWith(TASK_BREAK)).toBe(true);
    // A timer, not a microtask: the rest of the chunk runs in a task of its own.
    expect(TASK_BREAK).toMatch(/^\nawait new Promise\(\(resolve\) => setTimeout\(resolve, 0\)\);\n$/);
  });

  it("rewrites Plot's index in the browser's build only", () => {
    expect(transform(source, plotIndexPath)?.code).toBe(plotIndexWithBreak(source));
    expect(transform(source, `${plotIndexPath}?v=1`, {})?.code).toBe(plotIndexWithBreak(source));
    expect(transform(source, plotIndexPath, { ssr: true })).toBeNull();
    expect(transform(source, '/x/node_modules/@observablehq/plot/src/plot.js')).toBeNull();
  });

  it('fails when the index ends otherwise (another Plot version: look again)', () => {
    expect(() => plotIndexWithBreak(`${source}\nexport {x} from "./x.js";\n`)).toThrow(/plot-task-break/);
  });
});
