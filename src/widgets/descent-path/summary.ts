/** The live summary and the status message of descent-path. */
import { fmt, plain, pt, sig } from '~/widgets/kit/format';
import { FORMULAS, current, type Model } from './model';

const NAMES = { 'round-bowl': 'Round bowl', 'elongated-bowl': 'Elongated bowl', 'rotated-bowl': 'Rotated bowl' } as const;

/** The factors 1 − ηλ along the bowl's axes, in words. */
export function factorsText(m: Model): string {
  const fs = m.factors.map((f) => fmt(f.factor, 2));
  const same = m.factors.length === 2 && Math.abs(m.factors[0]!.factor - m.factors[1]!.factor) < 1e-12;
  return same
    ? `each step multiplies the offset from the minimum by 1 − ηλ = ${fs[0]}`
    : `each step multiplies the offset along the bowl's two axes by ${fs.join(' and ')}`;
}

/** What happens, and why, in one sentence. */
export function verdictText(m: Model): string {
  const crit = plain(m.thresholds.criticalLearningRate);
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
  return `The path leaves the map at step ${m.exit.k} (of ${m.steps}), so it stops at the edge, marked ×. η = ${plain(m.eta)} is too large for this bowl: it must stay below 2/λ_max = ${plain(m.thresholds.criticalLearningRate)}.`;
}

export function summary(m: Model): string {
  const c = current(m);
  const head = `${NAMES[m.id]} ${FORMULAS[m.id]}, η = ${plain(m.eta)}, start ${pt(m.start[0], m.start[1])}.`;
  const where = `Step ${c.k} of ${m.steps}: ${pt(c.x, c.y)}, loss ${sig(c.loss)}, gradient (${sig(c.gx)}, ${sig(c.gy)}).`;
  const exit = m.exit !== null ? ` The path leaves the map at step ${m.exit.k}.` : '';
  return `${head} ${where} ${verdictText(m)}${exit}`;
}
