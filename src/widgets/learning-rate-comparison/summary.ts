/** The live summary of learning-rate-comparison. */
import { plain, sig } from '~/widgets/kit/format';
import { outcome } from './explain';
import type { Model } from './model';

export function summary(m: Model): string {
  const t = m.problem.thresholds;
  const parts = m.runs.map((r) => `η = ${plain(r.eta)} ${r.predicted} (${outcome(r)})`);
  return (
    `${m.runs.length} run${m.runs.length === 1 ? '' : 's'} from (−8, −2), ${m.steps} steps${m.armijo ? ' of backtracking line search starting at each η' : ''}: ${parts.join('; ')}. ` +
    `Critical η = 2/λ_max = ${sig(t.criticalLearningRate, 4)}, best fixed step ${sig(t.bestFixedStep, 4)}. ` +
    `The slider is at η = ${plain(m.eta)}, in the “${m.zone}” zone.`
  );
}
