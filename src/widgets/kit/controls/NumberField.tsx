/**
 * A text field for one number. Typed text is applied on Enter or when the
 * field loses focus: out-of-range values are clamped with a note, invalid
 * text is explained and not applied, Escape drops the draft. Used by Slider
 * and by any widget that takes a typed value on its own.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useHydrated } from '../context';
import { parseInput } from '../parseInput';
import type { NumField } from '../urlState';

export interface NumberFieldProps {
  /** The value as the field shows it when nobody is typing. */
  readonly shown: string;
  /** The schema field: its min and max bound typed values; its `shown` decimals write them in a clamping note. */
  readonly field: NumField;
  /** id of the input (a visible <label for> may point at it). */
  readonly id: string;
  /** Accessible name when there is no visible label. */
  readonly ariaLabel?: string;
  /** Disabled anyway until the widget is hydrated. */
  readonly disabled?: boolean;
  /** Class(es) of the note; error notes also get kit-error. */
  readonly noteClass?: string;
  /** Appended to an error note: "The value stays 0.50." */
  readonly stays: string;
  /** A new value arrived from elsewhere (a slider moved): drop the draft and the note. */
  readonly resetKey?: unknown;
  onCommit(value: number): void;
}

export function NumberField(p: NumberFieldProps): JSX.Element {
  const [text, setText] = useState<string | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    setText(null);
    setNote(null);
  }, [p.resetKey]);

  const commit = (): void => {
    if (text === null) return;
    const r = parseInput(text, p.field.min, p.field.max, p.field.shown);
    if (!r.ok) {
      setNote({ text: `${r.message} ${p.stays}`, error: true });
      return;
    }
    setText(null);
    setNote(r.note !== undefined ? { text: r.note, error: false } : null);
    p.onCommit(r.value);
  };
  const noteId = `${p.id}-n`;
  const hydrated = useHydrated();

  return (
    <>
      <input
        id={p.id}
        type="text"
        inputMode="decimal"
        class="kit-number"
        aria-label={p.ariaLabel}
        aria-invalid={note?.error ? 'true' : undefined}
        aria-describedby={note ? noteId : undefined}
        value={text ?? p.shown}
        disabled={!hydrated || p.disabled}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setText(null);
            setNote(null);
          }
        }}
        onBlur={commit}
      />
      {note && (
        <span id={noteId} class={`${p.noteClass ?? 'kit-field-note'}${note.error ? ' kit-error' : ''}`} role="status">
          {note.text}
        </span>
      )}
    </>
  );
}
