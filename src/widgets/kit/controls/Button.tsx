/** A kit button: disabled until the widget is hydrated (a click before that would be lost). */
import type { ComponentChildren, JSX } from 'preact';
import { useHydrated } from '../context';

export interface ButtonProps extends Omit<JSX.HTMLAttributes<HTMLButtonElement>, 'type' | 'class' | 'disabled'> {
  /** Disabled anyway until the widget is hydrated. */
  readonly disabled?: boolean;
  /** Extra classes after `kit-button`. */
  readonly class?: string;
  readonly children?: ComponentChildren;
}

export function Button({ disabled, class: cls, children, ...rest }: ButtonProps): JSX.Element {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      class={cls ? `kit-button ${cls}` : 'kit-button'}
      disabled={!hydrated || disabled === true}
      {...rest}
    >
      {children}
    </button>
  );
}
