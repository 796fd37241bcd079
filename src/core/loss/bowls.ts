import { assertFinite, CoreError } from '../errors';
import type { Surface2D } from './objective';
import { makeSurface2D, type SurfaceMeta } from './surface-2d';

/** A symmetric 2 × 2 matrix [[a, b], [b, d]]. */
export type Sym2 = readonly [readonly [number, number], readonly [number, number]];

/**
 * The quadratic bowl f(p) = ½ (p − c)ᵀ A (p − c) with A symmetric positive definite:
 * gradient A (p − c), Hessian A, single minimum at c.
 */
export function quadraticBowl(meta: Omit<SurfaceMeta, 'minima'>, centre: readonly [number, number], A: Sym2): Surface2D {
  const [cx, cy] = centre;
  assertFinite(cx, 'centre x');
  assertFinite(cy, 'centre y');
  const a = A[0][0];
  const b = A[0][1];
  const d = A[1][1];
  for (const [v, what] of [[a, 'A[0][0]'], [b, 'A[0][1]'], [A[1][0], 'A[1][0]'], [d, 'A[1][1]']] as const) {
    assertFinite(v, what);
  }
  if (A[1][0] !== b) throw new CoreError('invalid', 'A must be symmetric (A[0][1] = A[1][0])');
  if (!(a > 0 && a * d - b * b > 0)) {
    throw new CoreError('invalid', 'A must be positive definite so the bowl has a single minimum');
  }
  return makeSurface2D(
    { ...meta, minima: [[cx, cy]] },
    {
      f: (x, y) => {
        const u = x - cx;
        const v = y - cy;
        return 0.5 * (a * u * u + 2 * b * u * v + d * v * v);
      },
      grad: (x, y) => {
        const u = x - cx;
        const v = y - cy;
        return [a * u + b * v, b * u + d * v];
      },
      hessian: () => [
        [a, b],
        [b, d],
      ],
    },
  );
}

/** Lecture 002: f(x, y) = (x − 2)² + (y + 3)², minimum (2, −3); the lecture's plot window. */
export const roundBowl: Surface2D = quadraticBowl(
  {
    id: 'round-bowl',
    name: 'Round bowl',
    tex: 'f(x, y) = (x - 2)^2 + (y + 3)^2',
    domain: { x: [-6, 6], y: [-8, 8] },
  },
  [2, -3],
  [
    [2, 0],
    [0, 2],
  ],
);

/** An axis-aligned valley ten times steeper across y than along x: condition number 10. */
export const elongatedBowl: Surface2D = quadraticBowl(
  {
    id: 'elongated-bowl',
    name: 'Elongated bowl',
    tex: 'f(x, y) = x^2 + 10\\,y^2',
    domain: { x: [-6, 6], y: [-3, 3] },
  },
  [0, 0],
  [
    [2, 0],
    [0, 20],
  ],
);

/**
 * The same kind of valley turned by 45°: A = [[12, −8], [−8, 12]] has eigenvalues 4 and 20
 * along (1, 1) and (1, −1), so the valley floor runs along the diagonal y = x. Condition number 5.
 */
export const rotatedBowl: Surface2D = quadraticBowl(
  {
    id: 'rotated-bowl',
    name: 'Rotated bowl',
    tex: 'f(x, y) = 6x^2 - 8xy + 6y^2',
    domain: { x: [-4, 4], y: [-4, 4] },
  },
  [0, 0],
  [
    [12, -8],
    [-8, 12],
  ],
);
