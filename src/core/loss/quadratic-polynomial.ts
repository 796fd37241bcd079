import { assertFinite } from '../errors';
import type { Objective } from './objective';
import { assertDim } from './point';

/** f(x) = a x² + b x + c with its derivative. */
export interface QuadraticPolynomial {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  value(x: number): number;
  /** f′(x) = 2a x + b. */
  derivative(x: number): number;
  /** The turning point (−b / 2a, f(−b / 2a)); null when a = 0 (a straight line has none). */
  readonly vertex: { readonly x: number; readonly y: number } | null;
  /** The same function as an Objective of dim 1. */
  readonly objective: Objective;
}

export function quadraticPolynomial(a: number, b: number, c: number): QuadraticPolynomial {
  assertFinite(a, 'a');
  assertFinite(b, 'b');
  assertFinite(c, 'c');
  // Horner form: one rounding fewer than a*x*x + b*x + c.
  const value = (x: number): number => (a * x + b) * x + c;
  const derivative = (x: number): number => 2 * a * x + b;
  const vx = a === 0 ? null : -b / (2 * a);
  return {
    a,
    b,
    c,
    value,
    derivative,
    vertex: vx === null ? null : { x: vx, y: value(vx) },
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

/** Lecture 004's example: f(x) = 3x² − 4x + 5, f′(x) = 6x − 4, minimum at x = 2/3. */
export const lectureQuadratic: QuadraticPolynomial = quadraticPolynomial(3, -4, 5);
