/**
 * Whether a widget still shows the server's view: true from the hydration render for as long as
 * `same` (what the page would show is what the server rendered: the default state, its first
 * worker run not yet done) has held. Once false, false for good: the elements it kept with
 * KEPT_HTML have been rendered by the page since, and keeping them again would empty them
 * (`__html` is '').
 *
 *     const kept = useServerView(task.result === undefined && url.serialized === '');
 *     <p class="status" {...keptChildren(kept, status)} />
 */
import { useRef } from 'preact/hooks';

export function useServerView(same: boolean): boolean {
  const kept = useRef(true);
  kept.current &&= same;
  return kept.current;
}
