/**
 * A keyed least-recently-used cache: `cache(key, compute)` returns the value
 * stored under `key`, computing and storing it first when absent, and drops
 * the least recently used entry beyond `size`. Use it for grids, contour
 * polygons, descent runs and sampled curves, so a resize or an unrelated
 * input does not recompute them:
 *
 *     const contours = lruCache<Polygon[]>({ size: 8 });
 *     const polys = contours(`${surface}:${n}`, () => core.contours(...));
 */
export type LruCache<V> = (key: string, compute: () => V) => V;

export function lruCache<V>(options: { size?: number } = {}): LruCache<V> {
  const size = Math.max(1, options.size ?? 16);
  const cache = new Map<string, V>();
  return (key, compute) => {
    if (cache.has(key)) {
      const v = cache.get(key) as V;
      cache.delete(key);
      cache.set(key, v);
      return v;
    }
    const v = compute();
    cache.set(key, v);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return v;
  };
}
