/** The live text summary of convex-vs-nonconvex. */
import { describeView } from '~/core/project/camera';
import { fmt } from '~/widgets/kit/format';
import type { Model, SurfaceModel } from './model';
import type { State } from './state';

function minimaText(m: SurfaceModel): string {
  const g = m.minima.filter((p) => p.global);
  const l = m.minima.filter((p) => !p.global);
  const at = (p: { x: number; y: number; f: number }): string =>
    `(${fmt(p.x, 2)}, ${fmt(p.y, 2)}) with f = ${fmt(p.f, 3)}`;
  if (m.minima.length === 1) return `one minimum, at ${at(m.minima[0]!)}, so it is the global one`;
  const globals =
    g.length === 1 ? `the global one at ${at(g[0]!)}` : `${g.length} global ones, all with f = ${fmt(g[0]!.f, 3)}`;
  const locals =
    l.length === 0
      ? 'no merely local ones'
      : `${l.length} local but not global (${l.map((p) => `f = ${fmt(p.f, 3)}`).join(', ')})`;
  return `${m.minima.length} minima: ${globals}; ${locals}`;
}

export function summary(m: Model, s: State): string {
  const { convex, other } = m;
  const view = s.show === 'contours' ? '' : ` 3-D view: ${describeView({ azimuth: s.az, elevation: s.el })}.`;
  return `Convex: ${convex.surface.name} has ${minimaText(convex)}. Non-convex: ${other.surface.name} has ${minimaText(other)}.${view}`;
}
