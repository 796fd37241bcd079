/**
 * `dangerouslySetInnerHTML={KEPT_HTML}` on an element keeps the children the server rendered:
 * Preact's hydration leaves inner HTML alone, and later renders with this same object leave it
 * alone too. For text a widget cannot know until a worker answers (a summary, a path's label)
 * while the static figure it describes is still on screen; render the element with children
 * once they are known (Preact then replaces the server's).
 */
export const KEPT_HTML: { readonly __html: string } = Object.freeze({ __html: '' });
