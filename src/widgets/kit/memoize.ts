/**
 * A small least-recently-used cache keyed by strings. Use it for grids,
 * contour polygons and sampled curves so a resize or an unrelated input does
 * not recompute them:
 *
 *     const contours = memoize<Polygon[]>({ size: 8 });
 *     const polys = contours(`${surface}:${n}`, () => core.contours(...));
 */
export type Memo<V> = (key: string, compute: () => V) => V;

export function memoize<V>(options: { size?: number } = {}): Memo<V> {
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
