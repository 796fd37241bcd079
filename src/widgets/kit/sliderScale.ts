/** Maps a value to the position of a range input and back, on a linear or log scale. */

export type SliderScale = 'linear' | 'log';

export interface SliderDomain {
  readonly min: number;
  readonly max: number;
  readonly step: number | 'any';
  toPosition(value: number): number;
  fromPosition(position: number): number;
}

/** The range input's min/max/step and the mapping for a value in [min, max]. Log needs min > 0. */
export function sliderDomain(min: number, max: number, step: number | undefined, scale: SliderScale): SliderDomain {
  if (scale === 'log' && min > 0 && max > min) {
    const lo = Math.log10(min);
    const hi = Math.log10(max);
    return {
      min: lo,
      max: hi,
      step: (hi - lo) / 400,
      toPosition: (v) => Math.log10(Math.min(max, Math.max(min, v))),
      fromPosition: (p) => Math.min(max, Math.max(min, 10 ** p)),
    };
  }
  return {
    min,
    max,
    step: step ?? 'any',
    toPosition: (v) => Math.min(max, Math.max(min, v)),
    fromPosition: (p) => Math.min(max, Math.max(min, p)),
  };
}
