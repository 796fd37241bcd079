import { linspace, type Grid } from '../grid/grid';
import type { Box3 } from './box';
import { surfaceMesh, type SurfaceMesh } from './mesh';
import { DEFAULT_LIGHT } from './shade';
import type { Vec3 } from './vec3';

/** surfaceMesh for a core Grid (src/core/grid): same orientation, values[j·nx + i] = f(x_i, y_j). */
export function surfaceMeshFromGrid(grid: Grid, box: Box3, light: Vec3 = DEFAULT_LIGHT): SurfaceMesh {
  return surfaceMesh(
    { xs: linspace(grid.x0, grid.x1, grid.nx), ys: linspace(grid.y0, grid.y1, grid.ny), values: grid.values },
    box,
    light,
  );
}
