/**
 * `component` rendered again only when `same(before, now)` is false (by default: when a prop is
 * no longer the same value), as React's `memo` and preact/compat's. Not compat's own: importing
 * preact/compat installs its React hooks for every element Preact renders on the page (each
 * element's props rewritten on every render, onBlur listening for focusout, onChange of a text
 * field for input), which the site has no use for.
 *
 *     const Settings = memo(function Settings(p: { s: State }) { … }, (a, b) => a.s.x === b.s.x);
 */
import { Component, h, type ComponentChild, type ComponentType, type FunctionComponent } from 'preact';

/** Whether two props objects have the same keys with the same values (Object.is). */
export function sameProps(before: object, now: object): boolean {
  const a = before as Record<string, unknown>;
  const b = now as Record<string, unknown>;
  for (const key in a) if (!(key in b)) return false;
  for (const key in b) if (!(key in a) || !Object.is(a[key], b[key])) return false;
  return true;
}

export function memo<P extends object>(
  component: FunctionComponent<P>,
  same: (before: Readonly<P>, now: Readonly<P>) => boolean = sameProps,
): ComponentType<P> {
  class Memo extends Component<P> {
    static override displayName = `Memo(${component.displayName ?? component.name})`;
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !same(this.props, next);
    }
    override render(props: P): ComponentChild {
      return h(component, props);
    }
  }
  return Memo;
}
