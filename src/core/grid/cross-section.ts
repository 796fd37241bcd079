import { assertFinite, CoreError } from '../errors';
import { linspace } from './grid';

/** A slice of f(x, y) along one axis: t are the values of the varying coordinate. */
export interface CrossSection {
  readonly vary: 'x' | 'y';
  /** The coordinate held fixed (y when x varies, x when y varies). */
  readonly fixed: number;
  readonly t: Float64Array;
  readonly values: Float64Array;
}

/**
 * The cross-section of f through `through` = [x, y]: with vary 'x', y is held at through[1]
 * and x runs over `range` in n evenly spaced values; with vary 'y', the other way round.
 * For a (b, w) loss: vary 'w' with b fixed is vary 'y'.
 */
export function crossSection(
  f: (x: number, y: number) => number,
  options: { through: readonly [number, number]; vary: 'x' | 'y'; range: readonly [number, number]; n: number },
): CrossSection {
  const { through, vary, range, n } = options;
  assertFinite(through[0], 'cross-section point x');
  assertFinite(through[1], 'cross-section point y');
  if (vary !== 'x' && vary !== 'y') throw new CoreError('invalid', `vary must be 'x' or 'y', got ${String(vary)}`);
  if (!(range[0] < range[1])) {
    throw new CoreError(
      'invalid',
      `the cross-section range must have range[0] < range[1], got [${range[0]}, ${range[1]}]`,
    );
  }
  if (!Number.isInteger(n) || n < 2 || n > 100_000) {
    throw new CoreError('out-of-range', `n must be a whole number from 2 to 100000, got ${String(n)}`);
  }
  const t = linspace(range[0], range[1], n);
  const values = new Float64Array(n);
  const fixed = vary === 'x' ? through[1] : through[0];
  for (let k = 0; k < n; k++) values[k] = vary === 'x' ? f(t[k]!, fixed) : f(fixed, t[k]!);
  return { vary, fixed, t, values };
}
