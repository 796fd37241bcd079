/**
 * A range input paired with a number field (NumberField: typed text is applied
 * on Enter or when the field loses focus; out-of-range values are clamped with
 * a note, invalid text is explained and not applied).
 */
import type { JSX } from 'preact';
import { useContext, useId, useState } from 'preact/hooks';
import { KitContext } from '../context';
import { fmt } from '../format';
import { sliderDomain, type SliderScale } from '../sliderScale';
import { NumberField } from './NumberField';

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
  // Bumped when the range moves, so that the number field drops a draft or an old note.
  const [moves, setMoves] = useState(0);
  const digits = p.digits ?? 2;
  const dom = sliderDomain(p.min, p.max, p.step, p.scale ?? 'linear');
  const shown = fmt(p.value, digits);
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
        min={p.min}
        max={p.max}
        digits={digits}
        ariaLabel={`${p.label}, exact value`}
        disabled={!hydrated}
        stays={`The value stays ${shown}.`}
        resetKey={moves}
        onCommit={p.onChange}
      />
    </div>
  );
}
