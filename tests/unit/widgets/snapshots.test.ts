// SVG snapshots, in the style of Observable Plot's own tests: every widget's default
// figure is rendered server-side (as the build does) and compared with a committed
// file, so a figure regression shows up at unit-test speed as a readable diff.
//
// Update after an intended change (then look at the diff before committing):
//   npx vitest run --config tests/vitest.config.ts --project unit tests/unit/widgets/snapshots.test.ts -u
import type { ComponentType } from 'preact';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from './widgets';

/**
 * Plot's clip-path ids (`plot-clip-N`) count up over everything rendered in the process, so
 * they depend on which test files ran before in the same worker: numbered afresh per widget,
 * in order of appearance.
 */
function renumberClipIds(svg: string): string {
  const ids = new Map<string, number>();
  return svg.replace(/plot-clip-\d+/g, (id) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `plot-clip-${ids.get(id)}`;
  });
}

/** The figures of a rendered widget: each figure's layers as SVG, one element per line. */
function figureSnapshot(html: string): string {
  const out: string[] = [];
  for (const part of html.split(/(?=data-kit-figure=")/).slice(1)) {
    out.push(`=== figure ${/^data-kit-figure="([^"]*)"/.exec(part)?.[1] ?? '?'}`);
    for (const svg of part.match(/<svg[\s\S]*?<\/svg>/g) ?? []) out.push(svg.replace(/></g, '>\n<'));
  }
  return renumberClipIds(`${out.join('\n')}\n`);
}

describe('default figures (SVG snapshots)', () => {
  for (const w of WIDGETS) {
    it(`${w.id} renders its default figure as in the snapshot`, async () => {
      const html = renderToString(h(w.component as ComponentType, {}));
      expect(html).not.toMatch(/NaN|Infinity/);
      const snap = figureSnapshot(html);
      expect(snap).toContain('<svg');
      await expect(snap).toMatchFileSnapshot(`./snapshots/${w.id}.svg.txt`);
    });
  }
});
