/**
 * A part of a widget rendered again only when `deps` changes: in a widget with many controls,
 * an input that does not touch them (a keystroke in a formula) then skips their diff, which is
 * most of a render. Everything `children` reads — values and what its callbacks use — must be
 * named in `deps`:
 *
 *     <Unchanged deps={`${s.x0}|${s.x1}`}>{() => <WindowFields x0={s.x0} x1={s.x1} … />}</Unchanged>
 */
import type { ComponentChildren, JSX } from 'preact';
import { memo } from './memo';

interface UnchangedProps {
  readonly deps: string;
  readonly children: () => ComponentChildren;
}

function UnchangedImpl({ children }: UnchangedProps): JSX.Element {
  return <>{children()}</>;
}

export const Unchanged = memo(UnchangedImpl, (before: UnchangedProps, now: UnchangedProps) => before.deps === now.deps);
