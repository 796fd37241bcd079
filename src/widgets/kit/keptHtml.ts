/**
 * `dangerouslySetInnerHTML={KEPT_HTML}` on an element keeps the children the server rendered:
 * Preact's hydration leaves inner HTML alone, and later renders with this same object leave it
 * alone too. For text a widget cannot know until a worker answers (a summary, a path's label)
 * while the static figure it describes is still on screen; render the element with children
 * once they are known (Preact then replaces the server's).
 */
import type { ComponentChildren } from 'preact';

export const KEPT_HTML: { readonly __html: string } = Object.freeze({ __html: '' });

/**
 * An element's children while `kept` is false, and the server's (KEPT_HTML) while it is true, as
 * props to spread: `<p class="status" {...keptChildren(kept, status)} />`.
 */
export function keptChildren(
  kept: boolean,
  children: ComponentChildren,
): { dangerouslySetInnerHTML: typeof KEPT_HTML } | { children: ComponentChildren } {
  return kept ? { dangerouslySetInnerHTML: KEPT_HTML } : { children };
}
