/** The live text summary of step-size-spectrum. */
import { fmt, plain } from '~/widgets/kit/format';
import type { Model } from './model';

const VERDICT: Record<Model['behaviour'], string> = {
  converges: 'both components shrink without changing sign, so the run converges from one side',
  oscillates: 'the stiff component flips sign every step but shrinks, so the run oscillates and converges',
  bounces: 'the stiff component flips sign and keeps its size, so the run bounces for ever',
  diverges: 'the stiff component flips sign and grows every step, so the run diverges',
};

export function summary(m: Model): string {
  const [soft, stiff] = m.directions;
  const t = m.problem.curve.thresholds;
  const last = m.errorNorm[m.errorNorm.length - 1]!;
  return (
    `η = ${plain(m.eta)}: the soft direction (λ = ${fmt(soft.lambda, 2)}) is multiplied by ${fmt(soft.factor, 4)} per step, ` +
    `the stiff direction (λ = ${fmt(stiff.lambda, 2)}) by ${fmt(stiff.factor, 4)}; ${VERDICT[m.behaviour]}. ` +
    `Convergence factor max|1 − ηλ| = ${fmt(m.rate, 4)}; after ${m.steps} steps the error is ${fmt(last, 4)}. ` +
    `Landmarks: 1/λ_max = ${fmt(t.monotoneLimit, 6)}, best fixed step ${fmt(t.bestFixedStep, 6)} (factor ${fmt(t.bestRate, 4)}), ` +
    `cliff 2/λ_max = ${fmt(t.criticalLearningRate, 6)}.`
  );
}
