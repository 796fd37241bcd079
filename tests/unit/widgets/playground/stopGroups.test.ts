// The cross and words of a path that ends early, drawn by Plot off the page at idle time
// (pathsLayer.ts drawStopGroups) for pathGroups.ts to copy.
import { describe, expect, it, vi } from 'vitest';
import { ssrDocument } from '~/widgets/kit/ssrDocument';
import { mapBase } from '~/widgets/playground/mapPanel';
import { model, withRuns, type ModelWithRuns } from '~/widgets/playground/model';
import { stateSchema, type State } from '~/widgets/playground/state';
import { drawLayer, marksMarkup, scalesOf } from '../kit/layerDrawing';

const size = { width: 640, height: 480 };
const state = (patch: Partial<State>): State => ({ ...stateSchema.parse('').state, ...patch });
const on = (f: string, patch: Partial<State> = {}): ModelWithRuns => withRuns(model(state({ f, ...patch })));

describe('the stop groups drawn off the page', () => {
  it('let a path that starts ending early get its cross and words in place, as a new drawing would', async () => {
    // A fresh pathGroups.ts, with no stop groups seen yet (other tests here draw some).
    vi.resetModules();
    const { drawStopGroups, mapPaths } = await import('~/widgets/playground/pathsLayer');
    const fine = on('(1 - x)^2 + 100*(y - x^2)^2');
    const leaves = on('(1 - x)^2 + 1000*(y - x^2)^2');
    const undefinedAt = on('log(x) + y^2', { sx: 2, sy: 1, opt: ['gradient-descent'], eta: [3] });
    const fineOne = on('x^2 + y^2', { sx: 2, sy: 1, opt: ['gradient-descent'], eta: [0.01] });
    expect(leaves.runs.some((r) => r.clipped?.exit)).toBe(true);
    expect(undefinedAt.runs[0]!.status).toBe('not-defined');
    const draw = (m: ModelWithRuns) => drawLayer(mapBase(m), mapPaths(m), size, 3);
    const scales = (m: ModelWithRuns) => scalesOf(mapBase(m), size);
    // None seen: Plot has to draw the layer again.
    expect(mapPaths(leaves).update!(draw(fine), scales(leaves))).toBe(false);
    drawStopGroups(ssrDocument());
    for (const [from, to] of [
      [fine, leaves],
      [fineOne, undefinedAt],
    ] as const) {
      const svg = draw(from);
      expect(mapPaths(to).update!(svg, scales(to))).toBe(true);
      expect(marksMarkup(svg)).toBe(marksMarkup(draw(to)));
    }
  });

  it('are the same drawn one side at a time, as the page draws them (one idle task each)', async () => {
    vi.resetModules();
    const { drawStopGroups, mapPaths, STOP_SIDES } = await import('~/widgets/playground/pathsLayer');
    expect(STOP_SIDES).toHaveLength(4);
    const fine = on('(1 - x)^2 + 100*(y - x^2)^2');
    const leaves = on('(1 - x)^2 + 1000*(y - x^2)^2');
    const draw = (m: ModelWithRuns) => drawLayer(mapBase(m), mapPaths(m), size, 3);
    const scales = (m: ModelWithRuns) => scalesOf(mapBase(m), size);
    // Before any: Plot has to draw the layer again. After one side at a time, all four: in place.
    expect(mapPaths(leaves).update!(draw(fine), scales(leaves))).toBe(false);
    for (const side of STOP_SIDES) drawStopGroups(ssrDocument(), [side]);
    const svg = draw(fine);
    expect(mapPaths(leaves).update!(svg, scales(leaves))).toBe(true);
    expect(marksMarkup(svg)).toBe(marksMarkup(draw(leaves)));
  });
});
