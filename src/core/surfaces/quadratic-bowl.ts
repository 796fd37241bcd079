import { assertFinite, CoreError } from '../errors';
import { defineSurface, type CatalogueMeta, type CatalogueSurface } from './entry';

/** A symmetric 2 × 2 matrix [[a, b], [b, d]]. */
export type Sym2 = readonly [readonly [number, number], readonly [number, number]];

/**
 * The quadratic bowl f(p) = ½ (p − c)ᵀ A (p − c) with A symmetric positive definite:
 * gradient A (p − c), Hessian A, single minimum at c = meta.minima[0].
 */
export function quadraticBowl(meta: CatalogueMeta, A: Sym2): CatalogueSurface {
  if (meta.minima.length !== 1 || (meta.saddles?.length ?? 0) + (meta.maxima?.length ?? 0) > 0) {
    throw new CoreError('invalid', `bowl ${meta.id}: its one critical point is the minimum, its centre`);
  }
  const [cx, cy] = meta.minima[0]!;
  assertFinite(cx, 'centre x');
  assertFinite(cy, 'centre y');
  const a = A[0][0];
  const b = A[0][1];
  const d = A[1][1];
  for (const [v, what] of [
    [a, 'A[0][0]'],
    [b, 'A[0][1]'],
    [A[1][0], 'A[1][0]'],
    [d, 'A[1][1]'],
  ] as const) {
    assertFinite(v, what);
  }
  if (A[1][0] !== b) throw new CoreError('invalid', 'A must be symmetric (A[0][1] = A[1][0])');
  if (!(a > 0 && a * d - b * b > 0)) {
    throw new CoreError('invalid', 'A must be positive definite so the bowl has a single minimum');
  }
  return defineSurface(meta, {
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
  });
}
