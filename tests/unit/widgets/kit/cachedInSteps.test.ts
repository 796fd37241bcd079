// cachedInSteps: one computation in steps, one cache, read at once or filled piece by piece.
import { describe, expect, it } from 'vitest';
import { runToEnd } from '~/core/steps/in-steps';
import { cachedInSteps } from '~/widgets/kit/cachedInSteps';

describe('cachedInSteps', () => {
  it('computes once per key, either way, and the two forms share the cache', () => {
    const runs: string[] = [];
    const square = cachedInSteps(
      (n: number, tag: string) => `${n}|${tag}`,
      function* (n: number, tag: string): Generator<void, string, void> {
        runs.push(`${n}${tag}`);
        yield;
        return `${n * n}${tag}`;
      },
      { size: 2 },
    );
    expect(square(3, 'a')).toBe('9a');
    expect(runToEnd(square.inSteps(3, 'a'))).toBe('9a'); // a hit: no pieces run again
    const steps = square.inSteps(4, 'b');
    expect(steps.next().done).toBe(false);
    expect(steps.next()).toEqual({ done: true, value: '16b' });
    expect(square(4, 'b')).toBe('16b');
    expect(runs).toEqual(['3a', '4b']);
  });
});
