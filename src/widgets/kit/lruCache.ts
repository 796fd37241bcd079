/**
 * A keyed least-recently-used cache: `cache(key, compute)` returns the value
 * stored under `key`, computing and storing it first when absent, and drops
 * the least recently used entry beyond `size`. Use it for grids, contour
 * polygons, descent runs and sampled curves, so a resize or an unrelated
 * input does not recompute them:
 *
 *     const contours = lruCache<Polygon[]>({ size: 8 });
 *     const polys = contours(`${surface}:${n}`, () => core.contours(...));
 *
 * `cache.peek(key)` is the value stored under `key` (a use, like a hit), or undefined: nothing
 * is computed. `cache.set(key, value)` stores a value computed elsewhere (replacing any).
 *
 * `cache.inSteps(key, steps)` is the same for a computation in steps (the core's InSteps):
 * a generator that runs `steps()` piece by piece when the key is absent, then stores the
 * result. prepareModel runs it one piece per task; `cache(key, () => runToEnd(steps()))`
 * gives the same value at once.
 */
import type { InSteps } from '~/core/steps/in-steps';

export interface LruCache<V> {
  (key: string, compute: () => V): V;
  peek(key: string): V | undefined;
  set(key: string, value: V): void;
  inSteps(key: string, steps: () => InSteps<V>): InSteps<V>;
}

export function lruCache<V>(options: { size?: number } = {}): LruCache<V> {
  const size = Math.max(1, options.size ?? 16);
  const cache = new Map<string, V>();
  const store = (key: string, v: V): V => {
    cache.set(key, v);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return v;
  };
  const lookUp = (key: string): { v: V } | undefined => {
    if (!cache.has(key)) return undefined;
    const v = cache.get(key) as V;
    cache.delete(key);
    cache.set(key, v);
    return { v };
  };
  const cached = (key: string, compute: () => V): V => {
    const hit = lookUp(key);
    return hit !== undefined ? hit.v : store(key, compute());
  };
  return Object.assign(cached, {
    peek: (key: string): V | undefined => lookUp(key)?.v,
    set: (key: string, value: V): void => {
      cache.delete(key);
      store(key, value);
    },
    *inSteps(key: string, steps: () => InSteps<V>): InSteps<V> {
      const hit = lookUp(key);
      if (hit !== undefined) return hit.v;
      const v = yield* steps();
      // another caller may have computed it meanwhile: keep one value per key
      return lookUp(key)?.v ?? store(key, v);
    },
  });
}
