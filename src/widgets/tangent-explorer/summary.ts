/** The live text summary of tangent-explorer (pure). */
import { fmt, powerOfTen, sci } from '~/widgets/kit/format';
import type { At } from './model';

export function summary(p: At): string {
  const dir =
    Math.abs(p.slope) < 1e-12
      ? 'the tangent is flat: this is the minimum'
      : p.slope < 0
        ? 'f falls as x grows'
        : 'f rises as x grows';
  const rounding = p.h < 1e-7 ? ' At this tiny h, rounding error in f(x + h) − f(x) dominates.' : '';
  return (
    `x = ${fmt(p.x)}: f(x) = ${fmt(p.fx)}, tangent slope f′(x) = ${fmt(p.slope)} (${dir}). ` +
    `Secant with h = ${powerOfTen(p.h)}: (f(x + h) − f(x))/h = ${fmt(p.quotient, 6)}, error ${sci(p.error)}.${rounding}`
  );
}
