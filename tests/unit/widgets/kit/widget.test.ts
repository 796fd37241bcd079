// @vitest-environment jsdom
// <Widget> and what it owns: the table built only when needed, hydration of kit buttons, and
// useModel's fallback to the last state that worked when the core refuses an input.
import { h, hydrate, render } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoreError } from '~/core/errors';
import { Button } from '~/widgets/kit/controls/Button';
import type { TableData } from '~/widgets/kit/csv';
import { useModel } from '~/widgets/kit/useModel';
import { useUrlState, type UrlState } from '~/widgets/kit/useUrlState';
import { num, schema } from '~/widgets/kit/urlState';
import { Widget } from '~/widgets/kit/Widget';

const sch = schema({ w: num({ default: 1, min: -5, max: 5, digits: 2 }) });
type S = typeof sch.defaults;

/** The model refuses w > 2 the way the core refuses bad input. */
function double(s: S): number {
  if (s.w > 2) throw new CoreError('out-of-range', `w must be at most 2, got ${s.w}`);
  return 2 * s.w;
}

let api: UrlState<S>;
let tableCalls = 0;
function table(m: number): TableData {
  tableCalls++;
  return { caption: 'c', columns: [{ key: 'm', label: 'm' }], rows: [{ m }] };
}

export function Demo(): preact.JSX.Element {
  const url = useUrlState('demo', sch);
  api = url;
  const m = useModel(url, double);
  return h(
    Widget,
    { id: 'demo', title: 'Demo', url, summary: `m = ${m}`, table: () => table(m) },
    h(Button, { class: 'x', onClick: () => url.set({ w: 0 }) }, 'zero'),
  );
}

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  history.replaceState(null, '', '/page/');
  tableCalls = 0;
});
afterEach(() => {
  render(null, host);
  host.remove();
});
const $ = <E extends Element>(sel: string): E => host.querySelector<E>(sel)!;

/** Until the widget is hydrated: its controls are enabled in a task after a frame of its own (taskAfterTurn). */
async function hydrated(): Promise<void> {
  await vi.waitFor(() => expect(host.querySelector('[data-hydrated]')).not.toBeNull());
}

/** The static HTML of `vnode`, rendered as the build renders it (import.meta.env.SSR). */
function serverHtml(vnode: preact.VNode): string {
  const env = import.meta.env as { SSR: boolean };
  const was = env.SSR;
  env.SSR = true;
  try {
    return renderToString(vnode);
  } finally {
    env.SSR = was;
  }
}

describe('<Widget>', () => {
  it('keeps the server summary and table while the page cannot say them yet (a worker computes them)', () => {
    let known: number | null = null;
    let setKnown: (m: number | null) => void = () => {};
    function Later(): preact.JSX.Element {
      const url = useUrlState('demo', sch);
      const [m, set] = useState<number | null>(known);
      setKnown = set;
      return h(Widget, {
        id: 'demo',
        title: 'Demo',
        url,
        summary: m === null ? null : `m = ${m}`,
        table: () => (m === null ? null : table(m)),
      });
    }
    known = 2;
    host.innerHTML = serverHtml(h(Later, {}));
    known = null; // the page's first render: its worker answer is not in yet
    const serverRow = $('[data-kit="table"] tbody tr');
    act(() => hydrate(h(Later, {}), host));
    expect($('[data-kit="summary"]').textContent).toBe('m = 2');
    expect($('[data-kit="table"] tbody tr')).toBe(serverRow);
    // The answer says the same: nothing on screen changes (no second announcement).
    const text = $('[data-kit="summary"]').firstChild;
    act(() => setKnown(2));
    expect($('[data-kit="summary"]').firstChild).toBe(text);
    // The closed table stays the server's until it is opened.
    expect($('[data-kit="table"] tbody tr')).toBe(serverRow);
    act(() => setKnown(3));
    expect($('[data-kit="summary"]').textContent).toBe('m = 3');
    const details = $<HTMLDetailsElement>('[data-kit="table"]');
    details.open = true;
    act(() => {
      details.dispatchEvent(new Event('toggle'));
    });
    expect($('[data-kit="table"] tbody th').textContent).toBe('3.00');
  });

  it('marks the root pending from the hydrating render on, though the server rendered it settled', () => {
    let pending = false;
    let setPending: (p: boolean) => void = () => {};
    function Worked(): preact.JSX.Element {
      const url = useUrlState('demo', sch);
      const [p, set] = useState(pending);
      setPending = set;
      return h(Widget, { id: 'demo', title: 'Demo', url, summary: 's', table: () => table(1), pending: p });
    }
    host.innerHTML = serverHtml(h(Worked, {}));
    expect($('[data-widget]').hasAttribute('data-kit-pending')).toBe(false);
    pending = true; // the page's first render: its worker result is not in yet
    act(() => hydrate(h(Worked, {}), host));
    expect($('[data-widget]').hasAttribute('data-kit-pending')).toBe(true);
    act(() => setPending(false));
    expect($('[data-widget]').hasAttribute('data-kit-pending')).toBe(false);
  });

  it('keeps the server table at hydration without building it (rows not hydrated), then builds it only while open', async () => {
    host.innerHTML = serverHtml(h(Demo, {}));
    expect(tableCalls).toBe(1); // the build's
    const serverRow = $('[data-kit="table"] tbody tr');
    expect(serverRow).not.toBeNull();
    act(() => hydrate(h(Demo, {}), host));
    // The controls wait for a frame of their own, and a task after it.
    expect($<HTMLButtonElement>('button.x').disabled).toBe(true);
    await hydrated();
    expect($<HTMLButtonElement>('button.x').disabled).toBe(false);
    act(() => api.set({ w: 1.5 }));
    act(() => api.set({ w: 0.5 }));
    expect(tableCalls).toBe(1);
    expect($('[data-kit="table"] tbody tr')).toBe(serverRow);
    const details = $<HTMLDetailsElement>('[data-kit="table"]');
    act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect($('[data-kit="table"] tbody th').textContent).toBe('1.00');
    act(() => api.set({ w: -1 }));
    expect($('[data-kit="table"] tbody th').textContent).toBe('\u22122.00');
  });

  it('keeps the last good state and shows the CoreError message when the model refuses', async () => {
    act(() => render(h(Demo, {}), host));
    await hydrated();
    act(() => api.set({ w: 1.5 }));
    expect($('[data-kit="summary"]').textContent).toBe('m = 3');
    act(() => api.set({ w: 4 }));
    expect($('[data-kit="summary"]').textContent).toBe('m = 3');
    expect(api.state.w).toBe(1.5);
    expect($('[data-kit="problem"]').textContent).toContain('w must be at most 2, got 4');
    act(() => $<HTMLButtonElement>('button.x').click());
    expect($('[data-kit="summary"]').textContent).toBe('m = 0');
    expect(host.querySelector('[data-kit="problem"]')).toBeNull();
  });

  it('a URL the core refuses falls back to the defaults with the message', () => {
    history.replaceState(null, '', '/page/?demo=w:4');
    act(() => render(h(Demo, {}), host));
    expect(api.state.w).toBe(1);
    expect($('[data-kit="summary"]').textContent).toBe('m = 2');
    expect($('[data-kit="problem"]').textContent).toContain('w must be at most 2');
  });
});
