// @vitest-environment jsdom
// useDeferred: computed at once on the first render, after the frame for a new key (the render
// that changes the key still shows the last value, marked stale) unless deferIf says no, errors
// keep the last value.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from '~/core/errors';
import { useDeferred, type Deferred } from '~/widgets/kit/useDeferred';

let host: HTMLDivElement;
let setKey: (k: string) => void = () => {};
const seen: Deferred<string>[] = [];
let calls: string[] = [];

function square(k: string): string {
  calls.push(k);
  if (k === 'bad') throw new CoreError('invalid', 'no square for bad');
  return `${k}²`;
}

/** Keys starting with "now" are computed in the render that asks for them. */
function Demo(): null {
  const [key, set] = useState('a');
  setKey = set;
  seen.push(
    useDeferred(
      key,
      () => square(key),
      () => !key.startsWith('now'),
    ),
  );
  return null;
}

beforeEach(() => {
  host = document.createElement('div');
  seen.length = 0;
  calls = [];
});
afterEach(() => render(null, host));

describe('useDeferred', () => {
  it('computes the first value during the first render', () => {
    act(() => render(h(Demo, {}), host));
    expect(seen[0]).toEqual({ value: 'a²', stale: false, error: null });
    expect(calls).toEqual(['a']);
  });

  it('shows the last value, marked stale, in the render that changes the key; the new one after it', () => {
    act(() => render(h(Demo, {}), host));
    seen.length = 0;
    act(() => setKey('b'));
    expect(seen[0]).toEqual({ value: 'a²', stale: true, error: null });
    expect(seen.at(-1)).toEqual({ value: 'b²', stale: false, error: null });
    expect(calls).toEqual(['a', 'b']);
  });

  it('computes in the render itself when deferIf returns false', () => {
    act(() => render(h(Demo, {}), host));
    seen.length = 0;
    act(() => setKey('now1'));
    expect(seen[0]).toEqual({ value: 'now1²', stale: false, error: null });
    expect(calls).toEqual(['a', 'now1']);
  });

  it('keeps the last good value when the computation throws, and says why', () => {
    act(() => render(h(Demo, {}), host));
    act(() => setKey('bad'));
    expect(seen.at(-1)).toEqual({ value: 'a²', stale: false, error: expect.stringContaining('no square for bad') });
    act(() => setKey('c'));
    expect(seen.at(-1)).toEqual({ value: 'c²', stale: false, error: null });
  });
});
