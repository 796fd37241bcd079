/**
 * One colour and one symbol per optimiser, so paths and curves stay apart in both themes and
 * without colour vision (the symbol marks each racer's current position).
 */
import { color } from '~/widgets/kit/colors';
import type { RacerKey } from './model';

export const RACER_COLOR: Record<RacerKey, string> = {
  gd: color.series[0],
  mom: color.series[1],
  nag: color.series[2],
  adagrad: color.series[3],
  rms: color.warn,
  adam: color.fg,
};

export const RACER_SYMBOL: Record<RacerKey, string> = {
  gd: 'circle',
  mom: 'square',
  nag: 'diamond',
  adagrad: 'triangle',
  rms: 'cross',
  adam: 'star',
};

export const RACER_DASH: Record<RacerKey, string | undefined> = {
  gd: undefined,
  mom: '6,3',
  nag: '2,2',
  adagrad: '8,2,2,2',
  rms: '4,4',
  adam: undefined,
};
