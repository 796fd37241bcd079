import { fmt, pt, sig } from '~/widgets/kit/format';
import type { ModelWithRuns } from './model';
import { OPTIMIZER_NAMES } from './state';
import type { Run, RunSpec } from './descentRuns';

/** "Gradient descent, η = 0.001" (+ μ, β, ρ where the optimiser has them). */
export function specName(s: RunSpec): string {
  const name = OPTIMIZER_NAMES[s.optimizer as keyof typeof OPTIMIZER_NAMES] ?? s.optimizer;
  const eta = s.optimizer === 'backtracking' ? `first step ${sig(s.learningRate)}` : `η = ${sig(s.learningRate)}`;
  const extra =
    s.optimizer === 'momentum' || s.optimizer === 'nesterov'
      ? `, μ = ${sig(s.momentum)}`
      : s.optimizer === 'rmsprop'
        ? `, ρ = ${sig(s.decay)}`
        : s.optimizer === 'adam'
          ? `, β₁ = ${sig(s.momentum)}, β₂ = ${sig(s.decay)}`
          : '';
  return `${name}, ${eta}${extra}`;
}

export function runName(run: Run): string {
  return specName(run.spec);
}

/** The live text summary: the function, the window, the start and how each path ends. */
export function summary(m: ModelWithRuns): string {
  const [f0, gx, gy] = m.atStart;
  const share = m.map.maskedShare;
  const parts = [
    `f(x, y) = ${m.drawn} over x from ${fmt(m.window.x[0])} to ${fmt(m.window.x[1])}, y from ${fmt(m.window.y[0])} to ${fmt(m.window.y[1])}.`,
    m.map.problem !== null ? `${m.map.problem[0]!.toUpperCase()}${m.map.problem.slice(1)}.` : '',
    share > 0 ? `f is not defined on ${Math.max(1, Math.round(share * 100))} % of the window (greyed out).` : '',
    Number.isFinite(f0) && Number.isFinite(gx) && Number.isFinite(gy)
      ? `Start ${pt(m.start[0], m.start[1])}: f = ${sig(f0, 4)}, gradient (${sig(gx)}, ${sig(gy)}).`
      : `Start ${pt(m.start[0], m.start[1])}: f or its gradient is not defined there.`,
    ...m.runs.map((r, k) => `Path ${k + 1} (${runName(r)}): ${r.label}.`),
  ];
  return parts.filter((p) => p !== '').join(' ');
}
