// @vitest-environment jsdom
// useServerView: true while its condition has held since the first render; once false, false for
// good, even when the condition holds again (a student back at the defaults before the first run
// is done: the kept elements were rendered by the page meanwhile).
import { h, render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { useServerView } from '~/widgets/kit/useServerView';

describe('useServerView', () => {
  it('stays false once its condition failed', () => {
    const host = document.createElement('div');
    const seen: boolean[] = [];
    let setSame: (same: boolean) => void = () => {};
    function Demo(): null {
      const [same, set] = useState(true);
      setSame = set;
      seen.push(useServerView(same));
      return null;
    }
    act(() => render(h(Demo, null), host));
    act(() => setSame(true));
    act(() => setSame(false));
    act(() => setSame(true));
    expect(seen).toEqual([true, false, false]);
    render(null, host);
  });
});
