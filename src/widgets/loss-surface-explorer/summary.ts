/** The live text summary of loss-surface-explorer (pure). */
import { fmt } from '~/widgets/kit/format';
import type { Model } from './model';

function towards(g: number, name: string): string {
  if (Math.abs(g) < 1e-6) return `${name} is already optimal for this ${name === 'b' ? 'w' : 'b'}`;
  return `${g < 0 ? 'larger' : 'smaller'} ${name}`;
}

export function summary(m: Model): string {
  const { fixed: s, at: p } = m;
  const above = p.residuals.filter((r) => r.r < 0).length; // prediction below the point
  const below = p.residuals.length - above;
  const n = p.residuals.length;
  const fit =
    above === n
      ? `The line runs below all ${n} training points.`
      : below === n
        ? `The line runs above all ${n} training points.`
        : `${above} of ${n} points lie above the line, ${below} below.`;
  const gn = Math.hypot(p.grad[0], p.grad[1]);
  const downhill =
    gn < 1e-6
      ? 'This is the bottom of the bowl: the gradient is zero.'
      : `Downhill (−∇MSE) is towards ${towards(p.grad[0], 'b')} and ${towards(p.grad[1], 'w')}.`;
  return (
    `b = ${fmt(p.b, 3)}, w = ${fmt(p.w, 3)}: training MSE ${fmt(p.mse, p.mse < 0.1 ? 4 : 2)}. ${fit} ${downhill} ` +
    `Least-squares minimum: b = ${fmt(s.best.b, 3)}, w = ${fmt(s.best.w, 3)}, MSE ${fmt(s.best.mse, 4)}.`
  );
}
