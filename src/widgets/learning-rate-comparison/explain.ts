/** Words for labels, feedback and the summary of learning-rate-comparison. */
import { fmt, plain, sig } from '~/widgets/kit/format';
import type { Behaviour } from '~/core/stability/behaviour';
import { getProblem, type Run } from './model';

/** Why a run behaves as it does, from the factors 1 − ηλ of XᵀX. */
export function why(run: Pick<Run, 'eta' | 'predicted' | 'factors' | 'armijo'>): string {
  const t = getProblem().thresholds;
  if (run.armijo) {
    return `Backtracking line search tries η = ${plain(run.eta)} at every step and halves it until the loss falls by enough (the Armijo condition), so the loss falls at every step and the run cannot diverge, whatever η it starts from.`;
  }
  const steep = run.factors[run.factors.length - 1]!;
  const shallow = run.factors[0]!;
  const e = plain(run.eta);
  const f = `1 − ηλ_max = ${fmt(steep.factor, 3)}`;
  switch (run.predicted) {
    case 'converges':
      return `η = ${e} ≤ 1/λ_max = ${plain(t.monotoneLimit)}: both factors 1 − ηλ (${fmt(shallow.factor, 3)} and ${fmt(steep.factor, 3)}) lie between 0 and 1, so every step moves closer without overshooting.`;
    case 'oscillates':
      return `1/λ_max = ${plain(t.monotoneLimit)} < η = ${e} < 2/λ_max = ${plain(t.criticalLearningRate)}: the steep factor ${f} is negative, so each step overshoots the valley floor, but its size is below 1, so the swings shrink and the run still converges.`;
    case 'borderline':
      return `η = ${e} is the critical rate 2/λ_max: the steep factor is −1, so the path bounces between two lines for ever.`;
    case 'diverges':
      return `η = ${e} > 2/λ_max = ${plain(t.criticalLearningRate)}: the steep factor ${f} is below −1, so every swing across the valley is larger than the last.`;
  }
}

/** The outcome of a run over its steps, in a few words. */
export function outcome(run: Run): string {
  if (run.exit !== null) return `leaves the map at step ${run.exit.k}`;
  const last = run.losses[run.losses.length - 1]!;
  return `loss ${sig(last)} after ${run.steps} steps`;
}

export function feedback(prediction: Behaviour | null, run: Run): { right: boolean | null; text: string } {
  const actual = run.predicted;
  const reason = why(run);
  if (prediction === null) return { right: null, text: `η = ${plain(run.eta)} ${actual}. ${reason}` };
  if (prediction === actual) return { right: true, text: `Right: η = ${plain(run.eta)} ${actual}. ${reason}` };
  return {
    right: false,
    text: `Not quite: you predicted “${prediction}”, but η = ${plain(run.eta)} ${actual}. ${reason}`,
  };
}
