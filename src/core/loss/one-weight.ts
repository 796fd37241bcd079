import { assertFinite } from '../errors';
import type { Objective } from './objective';
import { assertDim } from './point';

/** The squared error of one input and one weight: L(w) = (w·x − y)². */
export interface OneWeightSquaredLoss {
  readonly x: number;
  readonly y: number;
  /** L(w) = (w·x − y)². */
  value(w: number): number;
  /** dL/dw = 2(w·x − y)·x. */
  derivative(w: number): number;
  /** d²L/dw² = 2x², the same everywhere. */
  readonly secondDerivative: number;
  /** y / x, or null when x = 0 (then every w gives the same loss y²). */
  readonly minimiser: number | null;
  /** The same loss as an Objective of dim 1, for the optimisers. */
  readonly objective: Objective;
}

/** L(w) = (w·x − y)² for one data point (x, y). With x = 2, y = 4 the minimum is at w = 2. */
export function oneWeightSquaredLoss(x: number, y: number): OneWeightSquaredLoss {
  assertFinite(x, 'x');
  assertFinite(y, 'y');
  const value = (w: number): number => (w * x - y) ** 2;
  const derivative = (w: number): number => 2 * (w * x - y) * x;
  return {
    x,
    y,
    value,
    derivative,
    secondDerivative: 2 * x * x,
    minimiser: x === 0 ? null : y / x,
    objective: {
      dim: 1,
      value(p) {
        assertDim(p, 1);
        return value(p[0]!);
      },
      gradient(p) {
        assertDim(p, 1);
        return Float64Array.of(derivative(p[0]!));
      },
    },
  };
}
