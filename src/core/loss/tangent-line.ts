import { assertFinite } from '../errors';

/** The tangent line y = f(x₀) + slope·(x − x₀) at the point of tangency (x₀, f(x₀)). */
export interface TangentLine {
  readonly x0: number;
  readonly y0: number;
  readonly slope: number;
  /** The line's height at x. */
  at(x: number): number;
}

/** The tangent of a differentiable function at x₀, from its value and derivative. */
export function tangentLine(fn: { value(x: number): number; derivative(x: number): number }, x0: number): TangentLine {
  assertFinite(x0, 'x0');
  const y0 = fn.value(x0);
  const slope = fn.derivative(x0);
  return { x0, y0, slope, at: (x) => y0 + slope * (x - x0) };
}
