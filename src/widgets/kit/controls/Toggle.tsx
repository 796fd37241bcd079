/** An on/off switch (a checkbox with role="switch") with its label. */
import type { JSX } from 'preact';
import { useHydrated } from '../context';

export interface ToggleProps {
  readonly label: string;
  readonly checked: boolean;
  onChange(checked: boolean): void;
}

export function Toggle(p: ToggleProps): JSX.Element {
  const hydrated = useHydrated();
  return (
    <label class="kit-toggle">
      <input
        type="checkbox"
        role="switch"
        checked={p.checked}
        disabled={!hydrated}
        onChange={(e) => p.onChange(e.currentTarget.checked)}
      />
      <span>{p.label}</span>
    </label>
  );
}
