import { CoreError, assertFiniteArray } from '../errors';
import type { Objective } from '../loss/objective';
import { evaluateGrid } from '../grid/evaluate-grid';
import type { Grid, GridSpec } from '../grid/grid';

/**
 * The loss on a plane through `center`: values[j·nx + i] = L(center + α_i·d₁ + β_j·d₂),
 * α along the grid's x, β along its y (the Grid orientation of the core). With
 * filter-normalised d₁, d₂ and (α, β) ∈ [−1, 1]² this is Li et al.'s 2-D plot;
 * with the PCA directions of a training path, their §7 plot. One reused buffer:
 * the loss is evaluated nx·ny times with no allocation per point.
 */
export function lossLandscape(
  loss: Objective,
  center: ArrayLike<number>,
  d1: ArrayLike<number>,
  d2: ArrayLike<number>,
  spec: GridSpec,
): Grid {
  const n = loss.dim;
  for (const [v, what] of [
    [center, 'the centre'],
    [d1, 'the first direction'],
    [d2, 'the second direction'],
  ] as const) {
    if (v.length !== n) throw new CoreError('mismatch', `${what} has ${v.length} entries but the loss takes ${n}`);
    assertFiniteArray(v, what);
  }
  const p = new Float64Array(n);
  return evaluateGrid((alpha, beta) => {
    for (let k = 0; k < n; k++) p[k] = center[k]! + alpha * d1[k]! + beta * d2[k]!;
    return loss.value(p);
  }, spec);
}
