/** The live summary and the status message of descent-path. */
import { fmt, plain, pt, sig } from '~/widgets/kit/format';
import { FORMULAS, SURFACES, current, type Model } from './model';

/** What the recorded steps show, in words (no claim about where the run ends). */
const OBSERVED = {
  converges: 'heads steadily downhill',
  oscillates: 'swings from side to side on its way down',
  diverges: 'runs away',
} as const;

/** The factors 1 − ηλ along the bowl's axes, in words. */
export function factorsText(m: Model): string {
  const fs = m.factors.map((f) => fmt(f.factor, 2));
  const same = m.factors.length === 2 && Math.abs(m.factors[0]!.factor - m.factors[1]!.factor) < 1e-12;
  return same
    ? `each step multiplies the offset from the minimum by 1 − ηλ = ${fs[0]}`
    : `each step multiplies the offset along the bowl's two axes by ${fs.join(' and ')}`;
}

/** What happens, and why, in one or two sentences. */
export function verdictText(m: Model): string {
  const crit = plain(m.thresholds.criticalLearningRate);
  if (m.method === 'armijo') {
    const [lo, hi] = m.accepted;
    const range = hi > 0 ? ` It accepted steps from ${sig(lo)} to ${sig(hi)}.` : '';
    return `Backtracking line search tries η = ${plain(m.eta)} at every step and halves it until the loss falls by enough (the Armijo condition), so every step lowers the loss: the run ${OBSERVED[m.observed]}.${range}`;
  }
  if (!m.quadratic) {
    return `With a fixed step the run ${OBSERVED[m.observed]}. Near the minimum ${pt(m.minimum[0], m.minimum[1])} the surface is close to a bowl that needs η below 2/λ_max = ${crit}; elsewhere its curvature is different, so no single limit holds everywhere.`;
  }
  switch (m.predicted) {
    case 'converges':
      return `It converges: ${factorsText(m)}, never overshooting.`;
    case 'oscillates':
      return `It oscillates but converges: ${factorsText(m)}; a negative factor flips the side on every step.`;
    case 'borderline':
      return `It bounces for ever: η = 2/λ_max = ${crit} makes the steep factor exactly −1.`;
    case 'diverges':
      return `It diverges: ${factorsText(m)}, and a factor beyond −1 makes every swing larger. For this bowl η must stay below 2/λ_max = ${crit}.`;
  }
}

/** The visible warning when the path leaves the map; null when it stays inside. */
export function alertText(m: Model): string | null {
  if (m.exit === null) return null;
  if (!m.quadratic || m.method === 'armijo')
    return `The path leaves the map at step ${m.exit.k} (of ${m.steps}), so it stops at the edge, marked ×.`;
  return `The path leaves the map at step ${m.exit.k} (of ${m.steps}), so it stops at the edge, marked ×. η = ${plain(m.eta)} is too large for this bowl: it must stay below 2/λ_max = ${plain(m.thresholds.criticalLearningRate)}.`;
}

export function summary(m: Model): string {
  const c = current(m);
  const head = `${SURFACES[m.id].name} ${FORMULAS[m.id]}, η = ${plain(m.eta)}, start ${pt(m.start[0], m.start[1])}.`;
  const where = `Step ${c.k} of ${m.steps}: ${pt(c.x, c.y)}, loss ${sig(c.loss)}, gradient (${sig(c.gx)}, ${sig(c.gy)}).`;
  const exit = m.exit !== null ? ` The path leaves the map at step ${m.exit.k}.` : '';
  return `${head} ${where} ${verdictText(m)}${exit}`;
}
