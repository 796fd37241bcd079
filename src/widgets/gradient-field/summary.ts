/** The live text summary of gradient-field (pure). */
import { fmt } from '~/widgets/kit/format';
import type { Model } from './model';

function num(x: number): string {
  return fmt(x, Math.abs(x) >= 100 ? 0 : 2);
}

export function summary(m: Model): string {
  const { choice, probe: p } = m;
  const at = `At (${fmt(p.x)}, ${fmt(p.y)}) on ${choice.formula}: f = ${num(p.f)}`;
  if (p.norm < 1e-9) return `${at}, and the gradient is zero: a flat point, with no downhill direction.`;
  const g = `∇f = (${num(p.grad[0])}, ${num(p.grad[1])}), so steepest descent −∇f = (${num(-p.grad[0])}, ${num(-p.grad[1])}), falling at rate ${num(p.norm)} per unit step.`;
  const angle =
    p.angleToMin === null
      ? ''
      : p.angleToMin < 1
        ? ' Here −∇f points straight at the nearest minimum.'
        : ` −∇f is ${fmt(p.angleToMin, 0)}° away from the straight line to the nearest minimum.`;
  return `${at}; ${g}${angle}`;
}
