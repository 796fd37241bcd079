/** The data table of the scaling comparison: both runs of each panel. */
import type { TableData } from '~/widgets/kit/csv';
import { plain, pt, sig } from '~/widgets/kit/format';
import { PANEL_TITLE } from './mapPanel';
import type { Counts, Model } from './model';
import { countText } from './summary';

export function table(m: Model, counts: Counts): TableData {
  const rows = m.panels.flatMap((p, i) =>
    p.runs.map((r, j) => ({
      features: PANEL_TITLE[p.scaling],
      which: r.which === 'best' ? 'best fixed step' : 'shared step',
      eta: r.eta,
      kappa: p.problem.gramSpectrum.conditionNumber,
      steps: countText(counts[i]![j]!),
      final: r.finalLoss,
    })),
  );
  return {
    caption: `Gradient descent from ${pt(m.panels[0].start[0], m.panels[0].start[1], 4)} (raw slopes): steps until the MSE is within 10⁻⁶ of its minimum`,
    columns: [
      { key: 'features', label: 'features' },
      { key: 'which', label: 'run' },
      { key: 'eta', label: 'η', format: (v: number) => plain(v) },
      { key: 'kappa', label: 'condition number', format: (v: number) => sig(v, 5) },
      { key: 'steps', label: 'steps to 10⁻⁶' },
      { key: 'final', label: `MSE after ${m.drawn} steps`, format: (v: number) => sig(v, 5) },
    ],
    rows,
  };
}
