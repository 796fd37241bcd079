/** The live summary of learning-rate-comparison. */
import { sig } from '~/widgets/descent-path/text';
import { getProblem, type Run } from './model';
import { etaText, outcome } from './explain';
import { predictBehaviour } from '~/core/stability/behaviour';

export function summary(runs: readonly Run[], eta: number, steps: number): string {
  const t = getProblem().thresholds;
  const parts = runs.map((r) => `η = ${etaText(r.eta)} ${r.predicted} (${outcome(r)})`);
  const slider = predictBehaviour(eta, getProblem().loss.stats.xtx);
  return (
    `${runs.length} run${runs.length === 1 ? '' : 's'} from (−8, −2), ${steps} steps: ${parts.join('; ')}. ` +
    `Critical η = 2/λ_max = ${sig(t.criticalLearningRate, 4)}, best fixed step ${sig(t.bestFixedStep, 4)}. ` +
    `The slider is at η = ${etaText(eta)}, in the “${slider}” zone.`
  );
}
