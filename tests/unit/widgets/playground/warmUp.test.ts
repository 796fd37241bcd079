// The map worker's warm-up (warmUp.ts): variants of the first request, computed one per task
// outside the caches, stopping for good at the next request; a variant is the same formula
// scaled, so it parses wherever the request does.
import { describe, expect, it } from 'vitest';
import { parseExpression } from '~/core/expr';
import { isPixelFrame } from '~/widgets/kit/pathStrings';
import { seenMap, type MapRequest } from '~/widgets/playground/mapAnswer';
import { mapKey } from '~/widgets/playground/mapGeometry';
import { WARM_UP_VARIANTS, warmUp, warmUpRequest } from '~/widgets/playground/warmUp';
import { spec, window } from './runSpec';

const request: MapRequest = {
  formula: '(1 - x)^2 + 100*(y - x^2)^2',
  window,
  specs: [spec({}, 200)],
  frame: { x: { domain: [-2, 2], range: [40, 620] }, y: { domain: [-1, 3], range: [450, 20] } },
};

/** A task queue run by hand: `later` puts a task on it, `runAll` runs tasks until none is left. */
function tasks(): { later: (run: () => void) => void; runOne: () => boolean; count: () => number } {
  const queue: Array<() => void> = [];
  let ran = 0;
  return {
    later: (run) => void queue.push(run),
    runOne: () => {
      const run = queue.shift();
      if (run === undefined) return false;
      ran++;
      run();
      return true;
    },
    count: () => ran,
  };
}

describe('the map worker warm-up', () => {
  it('a variant is the formula scaled by a factor: it parses, and its value is the scaled value', () => {
    const f = parseExpression(request.formula);
    const v = parseExpression(warmUpRequest(request, 1).formula);
    if (!f.ok || !v.ok) throw new Error('does not parse');
    expect(v.formula.value(0.5, 0.7)).toBeCloseTo(1.5 * f.formula.value(0.5, 0.7), 12);
    expect(warmUpRequest(request, 0).window).toBe(request.window);
  });

  it('draws every variant, for a stand-in pixel frame when the request has none', () => {
    expect(warmUpRequest(request, 0).frame).toBe(request.frame);
    const { frame } = warmUpRequest({ ...request, frame: null }, 0);
    expect(isPixelFrame(frame)).toBe(true);
    expect(frame!.x.domain).toEqual(request.window.x);
    expect(frame!.y.domain).toEqual(request.window.y);
  });

  it('computes every variant, one per task, and puts none of them in the caches', () => {
    const q = tasks();
    warmUp(request, () => false, q.later);
    while (q.runOne());
    // One task to start, then one per variant (the last finds nothing more to do).
    expect(q.count()).toBe(WARM_UP_VARIANTS + 1);
    for (let k = 0; k < WARM_UP_VARIANTS; k++) expect(seenMap(mapKey(warmUpRequest(request, k)))).toBeUndefined();
  });

  it('stops for good once a request has come in', () => {
    const q = tasks();
    let asked = false;
    warmUp(request, () => asked, q.later);
    q.runOne();
    q.runOne();
    asked = true;
    while (q.runOne());
    expect(q.count()).toBe(3);
  });

  it('ends quietly on a formula that does not parse', () => {
    const q = tasks();
    warmUp({ ...request, formula: '(1 - ' }, () => false, q.later);
    expect(() => {
      while (q.runOne());
    }).not.toThrow();
    expect(q.count()).toBe(1);
  });
});
