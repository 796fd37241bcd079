import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** What the kit's components learn from the enclosing <Widget>. */
export interface KitContextValue {
  /** The widget id (DOM id of the root, URL key). */
  readonly id: string;
  /** False in the static HTML and during hydration; true once interactive. */
  readonly hydrated: boolean;
  /**
   * Marks a continuous gesture (a drag) as under way: the live summary gets
   * aria-busy so screen readers announce the result once, not every frame.
   */
  setBusy(busy: boolean): void;
  /**
   * Reports an error thrown while drawing (a layer's `plot`): a CoreError's
   * message is shown in the widget; the figure keeps what it last drew.
   */
  reportError(error: unknown): void;
}

export const KitContext = createContext<KitContextValue>({
  id: '',
  hydrated: false,
  setBusy: () => {},
  reportError: () => {},
});

/**
 * Whether the widget is interactive: false in the static HTML and during the
 * hydration render. Controls are disabled until then (a click before hydration
 * would be lost). Inside <Widget>, its state: true from a task right after a
 * frame of its own (Widget.tsx); in the widget's own component around it, from
 * its own first effect.
 */
export function useHydrated(): boolean {
  const ctx = useContext(KitContext);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return ctx.id !== '' ? ctx.hydrated : mounted;
}

/** DOM id of the widget's live summary (figures point aria-describedby at it). */
export function summaryId(widgetId: string): string {
  return `${widgetId}-summary`;
}
