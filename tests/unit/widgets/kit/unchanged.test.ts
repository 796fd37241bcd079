// @vitest-environment jsdom
// <Unchanged>: its children are rendered again only when `deps` changes.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Unchanged } from '~/widgets/kit/Unchanged';

describe('<Unchanged>', () => {
  it('skips the children while deps stay the same, and renders them with the latest values when they change', () => {
    const host = document.createElement('div');
    let calls = 0;
    const show = (deps: string, text: string): void => {
      const children = (): preact.JSX.Element => {
        calls++;
        return h('p', null, text);
      };
      void act(() => render(h(Unchanged, { deps, children }), host));
    };
    show('a', 'one');
    show('a', 'two');
    expect([calls, host.textContent]).toEqual([1, 'one']);
    show('b', 'three');
    expect([calls, host.textContent]).toEqual([2, 'three']);
    render(null, host);
  });
});
