/** The neuron widget's formula and live summary. */
import { fmt } from '~/widgets/kit/format';
import type { NeuronModel } from './model';
import type { State } from './state';

const NAME: Record<State['act'], string> = { sigmoid: 'σ', tanh: 'tanh', relu: 'ReLU', identity: 'identity' };

/** "σ(1.00·x₁ − 1.00·x₂ + 0.00)" with the current numbers. */
export function formula(s: State): string {
  const term = (w: number, x: string, first: boolean): string =>
    first ? `${fmt(w)}·${x}` : `${w < 0 ? '−' : '+'} ${fmt(Math.abs(w))}·${x}`;
  const inner = `${term(s.w1, 'x₁', true)} ${term(s.w2, 'x₂', false)} ${s.b < 0 ? '−' : '+'} ${fmt(Math.abs(s.b))}`;
  return s.act === 'identity' ? inner : `${NAME[s.act]}(${inner})`;
}

export function summary(m: NeuronModel, s: State): string {
  const [lo, hi] = m.range;
  const head = `a = ${formula(s)}: from ${fmt(lo, 3)} to ${fmt(hi, 3)} over the square, ${fmt(m.samples[0]!.a, 3)} at the origin.`;
  if (m.half.count === 0) return `${head} The output never crosses 0.5 here, so there is no 0.5 line.`;
  const grows =
    s.w1 === 0 && s.w2 === 0
      ? ''
      : ` It grows towards ${s.w1 >= 0 ? '+' : '−'}x₁${s.w2 === 0 ? '' : ` and ${s.w2 >= 0 ? '+' : '−'}x₂`}.`;
  return `${head} The dashed line marks a = 0.5.${grows}`;
}
