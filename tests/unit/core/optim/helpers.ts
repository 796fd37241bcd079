import type { Objective } from '~/core/loss/objective';
import { designMatrix, gram, transposeTimes } from '~/core/linalg';
import type { Matrix } from '~/core/linalg';

/**
 * Lecture 004's loss with the lecture's gradient: value ‖y − Xβ‖², gradient
 * XᵀXβ − Xᵀy (the 2 folded into η), as `X.T @ X @ beta - X.T @ y` computes it.
 */
export function lectureObjective(x: ArrayLike<number>, y: ArrayLike<number>): Objective {
  const X = designMatrix(x);
  const G = gram(X).data;
  const r = transposeTimes(X, y);
  return {
    dim: 2,
    value(b) {
      let s = 0;
      for (let i = 0; i < x.length; i++) {
        const e = y[i]! - (b[0]! + x[i]! * b[1]!);
        s += e * e;
      }
      return s;
    },
    gradient(b) {
      return Float64Array.of(G[0]! * b[0]! + G[1]! * b[1]! - r[0]!, G[2]! * b[0]! + G[3]! * b[1]! - r[1]!);
    },
  };
}

/** ½(p − c)ᵀH(p − c): a convex quadratic with Hessian H and minimiser c. */
export function quadratic(H: Matrix, c: ArrayLike<number>): Objective & { calls: { gradient: number } } {
  const n = H.rows;
  const calls = { gradient: 0 };
  const He = (p: ArrayLike<number>) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += H.data[i * n + j]! * (p[j]! - c[j]!);
      out[i] = s;
    }
    return out;
  };
  return {
    dim: n,
    calls,
    value(p) {
      const g = He(p);
      let s = 0;
      for (let i = 0; i < n; i++) s += 0.5 * (p[i]! - c[i]!) * g[i]!;
      return s;
    },
    gradient(p) {
      calls.gradient++;
      return He(p);
    },
  };
}

/** f = (1 − x)² + 10(y − x²)², the valley of the optimiser fixture. */
export const smallRosenbrock: Objective = {
  dim: 2,
  value: (p) => (1 - p[0]!) ** 2 + 10 * (p[1]! - p[0]! ** 2) ** 2,
  gradient: (p) => {
    const x = p[0]!;
    const y = p[1]!;
    return Float64Array.of(-2 * (1 - x) - 40 * x * (y - x * x), 20 * (y - x * x));
  },
};

export function maxRelativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++)
    worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(Math.abs(b[i]!), 1e-300));
  return worst;
}
