import { CoreError } from '../errors';
import { circles } from './circles';
import type { ToyData, ToyDataOptions } from './toy-data';
import { twoMoons } from './two-moons';
import { twoSpirals } from './two-spirals';
import { xor } from './xor';

export type ToySetId = 'two-moons' | 'circles' | 'xor' | 'two-spirals';

export interface ToySet {
  readonly id: ToySetId;
  readonly name: string;
  /** The noise level the course uses unless told otherwise. */
  readonly defaultNoise: number;
  make(options: ToyDataOptions): ToyData;
}

/** The four toy sets, in the order a menu lists them. */
export const TOY_SETS: readonly ToySet[] = [
  { id: 'two-moons', name: 'Two moons', defaultNoise: 0.1, make: twoMoons },
  { id: 'circles', name: 'Circles', defaultNoise: 0.08, make: circles },
  { id: 'xor', name: 'XOR', defaultNoise: 0.1, make: xor },
  { id: 'two-spirals', name: 'Two spirals', defaultNoise: 0.05, make: twoSpirals },
];

/** The toy set with this id; CoreError for an unknown id. */
export function toySet(id: string): ToySet {
  const found = TOY_SETS.find((s) => s.id === id);
  if (!found) throw new CoreError('invalid', `unknown data set "${id}" (try ${TOY_SETS.map((s) => s.id).join(', ')})`);
  return found;
}
