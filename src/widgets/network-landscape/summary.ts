/** The network-landscape widget's live summary and progress line (pure). */
import { fmt, sci } from '~/widgets/kit/format';
import type { LandscapeView, TrainingView } from './training-task';
import type { LandscapeDrawing } from './views';
import { LOW_LOSS } from './views';

const pct = (x: number): string => `${fmt(100 * x, 1)} %`;

export function architecture(hidden: readonly number[]): string {
  return `[2, ${hidden.join(', ')}, 1]`;
}

export function trainingText(t: TrainingView, hidden: readonly number[], paused: boolean): string {
  const state = t.status === 'diverged' ? 'diverged' : t.step >= t.steps ? 'done' : paused ? 'paused' : 'training';
  return `${architecture(hidden)} (${t.parameters} parameters), step ${t.step} of ${t.steps} (${state}): loss ${sci(t.loss)}, accuracy ${pct(t.accuracy)}.`;
}

export function landscapeText(l: LandscapeView, d: LandscapeDrawing | null): string {
  if (l.problem !== undefined) return l.problem;
  if (d === null) return 'The loss is the same over the whole plane.';
  if (l.mode === 'random') {
    // the 41 × 41 grid over [−1, 1]² has a node exactly at the centre, the trained parameters
    const centre = d.grid.argmin !== null && Math.abs(d.grid.argmin.x) < 1e-12 && Math.abs(d.grid.argmin.y) < 1e-12;
    return `Random filter-normalised plane: ${centre ? 'lowest at the centre' : 'not lowest at the centre'}; loss below ${LOW_LOSS} on ${pct(d.lowShare)} of the plane.`;
  }
  return `PCA plane of the path: its directions explain ${pct(l.explained![0])} and ${pct(l.explained![1])} of the path's variance; loss below ${LOW_LOSS} on ${pct(d.lowShare)} of the plane shown.`;
}

export function summary(parts: {
  training: TrainingView | undefined;
  hidden: readonly number[];
  paused: boolean;
  landscape: { view: LandscapeView; drawing: LandscapeDrawing | null } | undefined;
  wide?: {
    training: TrainingView;
    hidden: readonly number[];
    landscape: { view: LandscapeView; drawing: LandscapeDrawing | null } | undefined;
  };
}): string {
  if (parts.training === undefined) return 'Training…';
  let text = trainingText(parts.training, parts.hidden, parts.paused);
  if (parts.landscape) text += ` ${landscapeText(parts.landscape.view, parts.landscape.drawing)}`;
  if (parts.wide) {
    text += ` Wide ${trainingText(parts.wide.training, parts.wide.hidden, parts.paused)}`;
    if (parts.wide.landscape) text += ` ${landscapeText(parts.wide.landscape.view, parts.wide.landscape.drawing)}`;
  }
  return text;
}
