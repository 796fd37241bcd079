/** The live text summary of the optimizer race. */
import { grouped, pt, sig } from '~/widgets/kit/format';
import type { Model, Racer } from './model';

export function outcomeText(r: Racer, m: Model): string {
  if (r.problem !== null) return `not run: ${r.problem}`;
  if (r.outcome === 'reached') return `${grouped(r.stepsToTolerance!)} steps`;
  if (r.outcome === 'diverged') return `diverged (step ${r.xs.length - 1})`;
  return `stalled: not within ${grouped(m.budget)} steps`;
}

export function summary(m: Model): string {
  if (m.racers.length === 0) return 'No optimiser is switched on: turn one on to start the race.';
  const reached = m.racers
    .filter((r) => r.outcome === 'reached')
    .sort((a, b) => a.stepsToTolerance! - b.stepsToTolerance!);
  const head = `${m.racers.length} optimisers from ${pt(m.start[0], m.start[1])} on ${m.surface.name}, tolerance f − f_min < ${sig(m.tolerance)}, shown at iteration ${m.at}.`;
  const order =
    reached.length === 0
      ? ` None reaches the tolerance within ${grouped(m.budget)} steps.`
      : ` Reached the tolerance: ${reached.map((r) => `${r.name} in ${grouped(r.stepsToTolerance!)}`).join(', ')}.`;
  const others = m.racers.filter((r) => r.outcome !== 'reached');
  const rest = others.length === 0 ? '' : ` ${others.map((r) => `${r.name}: ${outcomeText(r, m)}`).join('; ')}.`;
  return head + order + rest;
}
