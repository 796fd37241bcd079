/**
 * A range input paired with a number field (NumberField: typed text is applied
 * on Enter or when the field loses focus; out-of-range values are clamped with
 * a note, invalid text is explained and not applied). Bounds, step, scale and
 * decimals come from the state-schema field, so the control and the URL
 * clamping agree:
 *
 *     <Slider label="η" field={stateSchema.fields.eta} value={s.eta} onChange={(eta) => url.set({ eta })} />
 */
import type { JSX } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import { KitContext } from '../context';
import { fmt } from '../format';
import { sliderDomain } from '../sliderScale';
import type { NumField } from '../urlState';
import { NumberField } from './NumberField';

export interface SliderProps {
  readonly label: string;
  /** The schema field of the value: min, max, step (linear scale), scale and decimals shown. */
  readonly field: NumField;
  readonly value: number;
  /** Appended to the read-out value ("s", "%"). */
  readonly unit?: string;
  onChange(value: number): void;
}

export function Slider(p: SliderProps): JSX.Element {
  const { hydrated, setBusy } = useContext(KitContext);
  const f = p.field;
  const uid = useId();
  // Bumped when the range moves, so that the number field drops a draft or an old note.
  const [moves, setMoves] = useState(0);
  const dom = sliderDomain(f.min, f.max, f.step, f.scale);
  const shown = fmt(p.value, f.shown);
  const unit = p.unit ? ` ${p.unit}` : '';

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
          setMoves((m) => m + 1);
          p.onChange(dom.fromPosition(Number(e.currentTarget.value)));
        }}
      />
      <NumberField
        id={`${uid}-f`}
        shown={shown}
        field={f}
        ariaLabel={`${p.label}, exact value`}
        disabled={!hydrated}
        stays={`The value stays ${shown}.`}
        resetKey={moves}
        onCommit={p.onChange}
      />
    </div>
  );
}
