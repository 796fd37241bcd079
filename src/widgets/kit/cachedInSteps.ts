/**
 * A cached computation written once, in steps (the core's InSteps), usable both ways:
 *
 *     export const contoursOf = cachedInSteps((id: SurfaceId) => id, contoursInSteps, { size: 4 });
 *     contoursOf(id)          // the value now (cached)
 *     contoursOf.inSteps(id)  // the same value piece by piece, filling the same cache (prepareModel)
 *
 * `key` names what the value depends on, as for lruCache.
 */
import { runToEnd, type InSteps } from '~/core/steps/in-steps';
import { lruCache } from './lruCache';

export interface CachedInSteps<A extends unknown[], V> {
  (...args: A): V;
  inSteps(...args: A): InSteps<V>;
}

export function cachedInSteps<A extends unknown[], V>(
  key: (...args: A) => string,
  steps: (...args: A) => InSteps<V>,
  options: { size?: number } = {},
): CachedInSteps<A, V> {
  const cache = lruCache<V>(options);
  return Object.assign((...args: A): V => cache(key(...args), () => runToEnd(steps(...args))), {
    inSteps: (...args: A): InSteps<V> => cache.inSteps(key(...args), () => steps(...args)),
  });
}
