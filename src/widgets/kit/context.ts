import { createContext } from 'preact';

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
}

export const KitContext = createContext<KitContextValue>({ id: '', hydrated: false, setBusy: () => {} });

/** DOM id of the widget's live summary (figures point aria-describedby at it). */
export function summaryId(widgetId: string): string {
  return `${widgetId}-summary`;
}
