import { CoreError } from '../errors';

/** Throws unless the point `p` has exactly `dim` coordinates. Cheap: optimisers call it every step. */
export function assertDim(p: ArrayLike<number>, dim: number, what = 'point'): void {
  if (p.length !== dim) {
    throw new CoreError('mismatch', `${what} must have ${dim} coordinates, got ${p.length}`);
  }
}
