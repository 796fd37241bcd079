// @vitest-environment jsdom
// The kit's memo: a component rendered again only when its props change (or when the given
// comparison says they differ), without preact/compat.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { usePreactHost } from '../../../support/preact-host';
import { memo, sameProps } from '~/widgets/kit/memo';

const host = usePreactHost();

describe('sameProps', () => {
  it('is true for the same keys with the same values, false otherwise', () => {
    const f = (): void => {};
    expect(sameProps({ a: 1, f }, { a: 1, f })).toBe(true);
    expect(sameProps({ a: NaN }, { a: NaN })).toBe(true);
    expect(sameProps({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameProps({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameProps({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameProps({ o: {} }, { o: {} })).toBe(false);
  });
});

describe('memo', () => {
  it('renders again only when a prop changes', () => {
    let renders = 0;
    const Label = memo(function Label(p: { text: string; n?: number }) {
      renders++;
      return h('span', null, p.text);
    });
    act(() => render(h(Label, { text: 'a' }), host()));
    act(() => render(h(Label, { text: 'a' }), host()));
    expect(renders).toBe(1);
    act(() => render(h(Label, { text: 'b' }), host()));
    expect(renders).toBe(2);
    expect(host().textContent).toBe('b');
    expect((Label as { displayName?: string }).displayName).toBe('Memo(Label)');
  });

  it('uses the comparison given: true means the same, no new render', () => {
    let renders = 0;
    const Shown = memo(
      function Shown(p: { value: number; noise: number }) {
        renders++;
        return h('b', null, String(p.value));
      },
      (a, b) => a.value === b.value,
    );
    act(() => render(h(Shown, { value: 1, noise: 1 }), host()));
    act(() => render(h(Shown, { value: 1, noise: 2 }), host()));
    expect(renders).toBe(1);
    act(() => render(h(Shown, { value: 3, noise: 2 }), host()));
    expect(renders).toBe(2);
    expect(host().textContent).toBe('3');
  });

  it('keeps the hooks of the component it wraps working (state, effects)', () => {
    const Counter = memo(function Counter(_: { label: string }) {
      const [n, setN] = useState(0);
      useEffect(() => setN(5), []);
      return h('i', null, String(n));
    });
    act(() => render(h(Counter, { label: 'x' }), host()));
    expect(host().textContent).toBe('5');
  });
});
