/**
 * For jsdom unit tests that render Preact components: a fresh element in the document for
 * each test, emptied (components unmounted, effects cleaned up) and removed after it.
 *
 * ```ts
 * const host = usePreactHost();
 * it('…', () => {
 *   render(h(Thing, {}), host());
 *   expect(host().querySelector('button')).not.toBeNull();
 * });
 * ```
 */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

export function usePreactHost(): () => HTMLElement {
  let host: HTMLElement | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    if (!host) return;
    render(null, host);
    host.remove();
    host = undefined;
  });
  return () => {
    if (!host) throw new Error('usePreactHost(): the host exists only while a test runs');
    return host;
  };
}
