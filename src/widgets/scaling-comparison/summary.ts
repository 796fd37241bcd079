/** Read-outs and the live summary of the scaling comparison. */
import { grouped, plain, pt, sig } from '~/widgets/kit/format';
import type { StepsToTolerance } from '~/core/stability/steps-to-tolerance';
import { PANEL_TITLE } from './mapPanel';
import type { Counts, Model, Panel, PanelCounts } from './model';

export function countText(c: StepsToTolerance): string {
  if (c.status === 'reached') return grouped(c.steps!);
  if (c.status === 'diverged') return 'diverges';
  return 'more than 2,000,000';
}

export interface Readout {
  readonly label: string;
  readonly value: string;
}

export function readouts(p: Panel, eta: number, counts: PanelCounts): Readout[] {
  const g = p.problem.gramSpectrum;
  const st = p.problem.steps;
  const [best, shared] = p.runs;
  return [
    { label: 'eigenvalues of G = XᵀX/n', value: `${sig(g.lambdaMin, 4)} and ${sig(g.lambdaMax, 4)}` },
    { label: 'condition number λ_max/λ_min', value: sig(g.conditionNumber, 5) },
    { label: 'critical step 2/λ_max(2G)', value: plain(st.criticalLearningRate) },
    { label: 'best fixed step η*', value: plain(st.bestFixedStep) },
    { label: 'steps to 10⁻⁶ at η*', value: countText(counts[0]) },
    { label: `steps to 10⁻⁶ at η = ${plain(eta)}`, value: countText(counts[1]) },
    { label: 'smallest MSE', value: sig(p.problem.minLoss, 5) },
    {
      label: 'MSE after the drawn steps (η*, η)',
      value: `${sig(best.finalLoss, 5)}, ${shared.status === 'diverged' ? 'diverged' : sig(shared.finalLoss, 5)}`,
    },
  ];
}

export function summary(m: Model, counts: Counts): string {
  const [a, b] = m.panels;
  const one = (p: Panel, [best, shared]: PanelCounts) =>
    `${PANEL_TITLE[p.scaling]}: condition number ${sig(p.problem.gramSpectrum.conditionNumber, 4)}, best step ${plain(p.problem.steps.bestFixedStep)} needs ${countText(best)} steps, the shared step ${plain(m.eta)} ${shared.status === 'diverged' ? 'diverges' : `needs ${countText(shared)}`}${p.minimumShown ? '' : '; the least-squares point is outside this window'}.`;
  return `Start ${pt(a.start[0], a.start[1], 4)} (raw slopes). ${one(a, counts[0])} ${one(b, counts[1])}`;
}
