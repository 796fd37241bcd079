// Test helpers: central finite differences to check analytic gradients and Hessians.
import { expect } from 'vitest';
import type { Surface2D } from '~/core/loss/objective';

/** Central difference of f at p along coordinate k; step scaled to the coordinate. */
export function centralDiff(f: (p: number[]) => number, p: readonly number[], k: number): number {
  const h = 1e-5 * Math.max(1, Math.abs(p[k]!));
  const up = p.slice();
  const down = p.slice();
  up[k]! += h;
  down[k]! -= h;
  return (f(up) - f(down)) / (up[k]! - down[k]!);
}

/** Asserts a ≈ b with a tolerance relative to `scale` (the size of the numbers involved). */
export function expectClose(a: number, b: number, scale: number, rel = 1e-6): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * (1 + Math.abs(scale)));
}

/** Checks gradient and (if any) Hessian of a surface at (x, y) against central differences. */
export function checkSurfaceDerivatives(s: Surface2D, x: number, y: number): void {
  const g = s.gradient([x, y]);
  const f = (p: number[]): number => s.value(p);
  const scaleG = Math.abs(g[0]!) + Math.abs(g[1]!) + Math.abs(s.f(x, y)) * 1e-3;
  expectClose(g[0]!, centralDiff(f, [x, y], 0), scaleG);
  expectClose(g[1]!, centralDiff(f, [x, y], 1), scaleG);
  expect(s.f(x, y)).toBe(s.value([x, y]));
  if (s.hessian) {
    const H = s.hessian(x, y);
    expect(H[0][1]).toBe(H[1][0]);
    const gx = (p: number[]): number => s.gradient(p)[0]!;
    const gy = (p: number[]): number => s.gradient(p)[1]!;
    const scaleH = Math.abs(H[0][0]) + Math.abs(H[0][1]) + Math.abs(H[1][1]) + scaleG * 1e-3;
    expectClose(H[0][0], centralDiff(gx, [x, y], 0), scaleH);
    expectClose(H[0][1], centralDiff(gx, [x, y], 1), scaleH);
    expectClose(H[1][0], centralDiff(gy, [x, y], 0), scaleH);
    expectClose(H[1][1], centralDiff(gy, [x, y], 1), scaleH);
  }
}
