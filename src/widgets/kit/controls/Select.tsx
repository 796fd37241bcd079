/** A labelled native select over a fixed list of options. */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { useHydrated } from '../context';

export interface SelectProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: ReadonlyArray<{ readonly value: V; readonly label: string }>;
  onChange(value: V): void;
}

export function Select<V extends string>(p: SelectProps<V>): JSX.Element {
  const hydrated = useHydrated();
  const uid = useId();
  return (
    <div class="kit-select">
      <label for={uid}>{p.label}</label>
      <select
        id={uid}
        value={p.value}
        disabled={!hydrated}
        onChange={(e) => {
          const v = e.currentTarget.value;
          const opt = p.options.find((o) => o.value === v);
          if (opt) p.onChange(opt.value);
        }}
      >
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
