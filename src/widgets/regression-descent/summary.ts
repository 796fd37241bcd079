/** The live text summary of regression-descent. */
import { describeView } from '~/core/project/camera';
import { fmt, readout } from '~/widgets/kit/format';
import type { State } from './state';
import type { Model } from './model';

export function summary(f: Model, s: State): string {
  const last = f.run.length - 1;
  const [h0, h1] = f.problem.betaHat;
  const dist = Math.hypot(f.b0 - h0, f.b1 - h1);
  const head = `Iteration ${f.k} of ${last}: β = (${readout(f.b0)}, ${readout(f.b1)}), loss ${readout(f.loss)} (log ${fmt(Math.log(f.loss), 3)}).`;
  const target = `Closed form β̂ = (${fmt(h0, 4)}, ${fmt(h1, 4)}), loss ${fmt(f.problem.lossHat, 4)}; distance to β̂ ${readout(dist)}.`;
  const run =
    f.run.status === 'diverged'
      ? `With η = ${fmt(s.eta, 5)} the run diverged: ${f.run.stoppedBecause}; the path is shown up to there.`
      : `η = ${fmt(s.eta, 5)} on the halved gradient XᵀXβ − Xᵀy (an exact-gradient step of ${fmt(s.eta / 2, 5)}), from (${fmt(s.b0, 2)}, ${fmt(s.b1, 2)}).`;
  return `${head} ${target} ${run} 3-D view: ${describeView({ azimuth: s.az, elevation: s.el })}.`;
}
