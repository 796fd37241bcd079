/** The live text summary of loss-and-gradient-1d. */
import { fmt } from '~/widgets/kit/format';
import type { Model } from './model';

export function summary(m: Model): string {
  const { curves: c, at: p } = m;
  const head = `w = ${fmt(p.w)}: loss ${fmt(p.loss)}, slope ${fmt(p.slope)}`;
  if (c.fn.x === 0) return `${head}. With x = 0 every w gives the same loss, so no step moves w.`;
  if (p.direction === 0) return `${head}. This is the minimum: a step would not move w.`;
  return p.direction > 0
    ? `${head}. The slope is negative, so a step would increase w.`
    : `${head}. The slope is positive, so a step would decrease w.`;
}
