/** The 3-D meshes of the two panels (built only when the 3-D view is switched on), cached per window. */
import { evaluateGrid } from '~/core/grid/evaluate-grid';
import { makeBox } from '~/core/project/box';
import type { SurfaceMesh } from '~/core/project/mesh';
import { surfaceMeshFromGrid } from '~/core/project/mesh-from-grid';
import { lruCache } from '~/widgets/kit/lruCache';
import type { Panel } from './model';

export interface Meshes {
  readonly mesh: SurfaceMesh;
  readonly movingMesh: SurfaceMesh;
}

const cache = lruCache<Meshes>({ size: 6 });

export function meshesOf(p: Panel): Meshes {
  return cache(`${p.scaling}|${p.window.x.join(',')}|${p.window.y.join(',')}`, () => {
    const spec = { x: p.window.x, y: p.window.y };
    const f = p.problem.loss.f;
    const box = makeBox([...p.window.x], [...p.window.y], [Math.min(p.problem.minLoss, p.grid.min), p.grid.max]);
    const meshOf = (n: number) =>
      surfaceMeshFromGrid(
        evaluateGrid((a, b) => f(a, b), { ...spec, nx: n, ny: n }),
        box,
      );
    return { mesh: meshOf(28), movingMesh: meshOf(14) };
  });
}
