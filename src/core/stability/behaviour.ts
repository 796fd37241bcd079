import { assertPositive } from '../errors';
import type { Matrix } from '../linalg/matrix';
import { curvatures } from './curvature';

/**
 * What gradient descent with a fixed step η does on a convex quadratic:
 * - 'converges'  η ≤ 1/λ_max: every factor 1 − ηλ is in [0, 1); the path heads
 *                straight in, never overshooting;
 * - 'oscillates' 1/λ_max < η < 2/λ_max: the stiff factor is in (−1, 0), so the
 *                path flips from side to side of the valley along the stiff
 *                eigenvector, but still converges (the loss still falls);
 * - 'borderline' η = 2/λ_max: the stiff factor is exactly −1; the error along
 *                that eigenvector flips sign forever with constant size, so the
 *                path neither settles nor blows up;
 * - 'diverges'   η > 2/λ_max: the stiff error grows by |1 − ηλ_max| > 1 per step.
 * "Exactly" is to within 1e-12 relative (η·λ_max within 2·(1 ± 1e-12)), so
 * `predictBehaviour(criticalLearningRate(H), H)` is 'borderline' despite rounding.
 * Zero-curvature (flat) directions never change and do not affect the verdict.
 */
export type Behaviour = 'converges' | 'oscillates' | 'borderline' | 'diverges';

const EXACT = 1e-12;

export function predictBehaviour(eta: number, h: Matrix): Behaviour {
  assertPositive(eta, 'the learning rate η');
  const x = eta * curvatures(h).lambdaMax;
  if (Math.abs(x - 2) <= 2 * EXACT) return 'borderline';
  if (x > 2) return 'diverges';
  if (x <= 1 + EXACT) return 'converges';
  return 'oscillates';
}
