/**
 * A range input paired with a number field. Typed text is applied on Enter or
 * when the field loses focus: out-of-range values are clamped with a note,
 * invalid text is explained and not applied.
 */
import type { JSX } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import { KitContext } from '../context';
import { fmt } from '../format';
import { parseInput } from '../parseInput';
import { sliderDomain, type SliderScale } from '../sliderScale';

export interface SliderProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Step of the range input (linear scale); typed values may be finer. */
  readonly step?: number;
  readonly scale?: SliderScale;
  /** Decimals shown in the field and read out. */
  readonly digits?: number;
  /** Appended to the read-out value ("s", "%"). */
  readonly unit?: string;
  onChange(value: number): void;
}

export function Slider(p: SliderProps): JSX.Element {
  const { hydrated, setBusy } = useContext(KitContext);
  const uid = useId();
  const [text, setText] = useState<string | null>(null);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const digits = p.digits ?? 2;
  const dom = sliderDomain(p.min, p.max, p.step, p.scale ?? 'linear');
  const shown = fmt(p.value, digits);
  const unit = p.unit ? ` ${p.unit}` : '';

  const commit = (): void => {
    if (text === null) return;
    const r = parseInput(text, p.min, p.max, digits);
    if (!r.ok) {
      setNote({ text: `${r.message} The value stays ${shown}.`, error: true });
      return;
    }
    setText(null);
    setNote(r.note !== undefined ? { text: r.note, error: false } : null);
    p.onChange(r.value);
  };

  return (
    <div class="kit-slider">
      <label for={`${uid}-r`} id={`${uid}-l`}>
        {p.label}
      </label>
      <input
        id={`${uid}-r`}
        type="range"
        min={dom.min}
        max={dom.max}
        step={dom.step}
        value={dom.toPosition(p.value)}
        aria-valuetext={`${shown}${unit}`}
        disabled={!hydrated}
        onPointerDown={() => setBusy(true)}
        onPointerUp={() => setBusy(false)}
        onPointerCancel={() => setBusy(false)}
        onInput={(e) => {
          setText(null);
          setNote(null);
          p.onChange(dom.fromPosition(Number(e.currentTarget.value)));
        }}
      />
      <input
        type="text"
        inputMode="decimal"
        class="kit-number"
        aria-label={`${p.label}, exact value`}
        aria-invalid={note?.error ? 'true' : undefined}
        aria-describedby={note ? `${uid}-n` : undefined}
        value={text ?? shown}
        disabled={!hydrated}
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
        <span id={`${uid}-n`} class={`kit-field-note${note.error ? ' kit-error' : ''}`} role="status">
          {note.text}
        </span>
      )}
    </div>
  );
}
