/** The live text summary of regression-descent. */
import { describeView } from '~/core/project/camera';
import { fmt } from '~/widgets/kit/format';
import type { State } from './state';
import type { Frame } from './view';

/** A number for reading aloud: 4 decimals near 1, 2 above 100, exponent form when tiny or huge. */
function sig(x: number): string {
  const a = Math.abs(x);
  if (a !== 0 && a < 1e-3 && Number.isFinite(a)) {
    const e = Math.floor(Math.log10(a));
    return `${fmt(x / 10 ** e, 1)}e${fmt(e, 0)}`;
  }
  return a >= 1e6 ? fmt(x, 3) : fmt(x, a >= 100 ? 2 : 4);
}

export function summary(f: Frame, s: State): string {
  const last = f.run.length - 1;
  const [h0, h1] = f.problem.betaHat;
  const dist = Math.hypot(f.b0 - h0, f.b1 - h1);
  const head = `Iteration ${f.k} of ${last}: β = (${sig(f.b0)}, ${sig(f.b1)}), loss ${sig(f.loss)} (log ${fmt(Math.log(f.loss), 3)}).`;
  const target = `Closed form β̂ = (${fmt(h0, 4)}, ${fmt(h1, 4)}), loss ${fmt(f.problem.lossHat, 4)}; distance to β̂ ${sig(dist)}.`;
  const run =
    f.run.status === 'diverged'
      ? `With η = ${fmt(s.eta, 5)} the run diverged: ${f.run.stoppedBecause}; the path is shown up to there.`
      : `η = ${fmt(s.eta, 5)} on the halved gradient XᵀXβ − Xᵀy (an exact-gradient step of ${fmt(s.eta / 2, 5)}), from (${fmt(s.b0, 2)}, ${fmt(s.b1, 2)}).`;
  return `${head} ${target} ${run} 3-D view: ${describeView({ azimuth: s.az, elevation: s.el })}.`;
}
