/** The neuron widget's table: z and a at the corners and the centre of the input square. */
import type { TableData } from '~/widgets/kit/csv';
import type { NeuronModel } from './model';
import { formula } from './summary';
import type { State } from './state';

export function table(m: NeuronModel, s: State): TableData {
  return {
    caption: `The neuron a = ${formula(s)} at five inputs`,
    columns: [
      { key: 'x1', label: 'x₁', digits: 0 },
      { key: 'x2', label: 'x₂', digits: 0 },
      { key: 'z', label: 'z = w₁x₁ + w₂x₂ + b', digits: 3 },
      { key: 'a', label: 'a', digits: 4 },
    ],
    rows: m.samples.map((p) => ({ x1: p.x1, x2: p.x2, z: p.z, a: p.a })),
  };
}
