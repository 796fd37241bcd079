import { CoreError } from '../errors';
import { symmetricEigen } from '../linalg/eigen';

/**
 * The plane of a training path (Li et al. 2018, §7): PCA of the matrix whose
 * rows are θ_i − θ_final (i over the recorded snapshots before the last), the
 * first two principal directions as unit vectors, the share of the variance
 * each explains, and every snapshot projected on them (θ_final at (0, 0)).
 */
export interface PathPlane {
  /** Unit vectors in parameter space. */
  readonly d1: Float64Array;
  readonly d2: Float64Array;
  /** Explained-variance ratios of the two directions (scikit-learn's `explained_variance_ratio_`). */
  readonly explained: readonly [number, number];
  /** (θ_i − θ_final)·d₁ and ·d₂ for every snapshot, the last being (0, 0). */
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
}

/**
 * As scikit-learn's PCA (which Li et al.'s code calls) does, the rows are
 * centred before the decomposition; the path itself is projected uncentred so
 * that it ends at the origin, the trained parameters. With m snapshots of p
 * parameters the work is on the m × m Gram matrix, cheap for m ≤ 200 whatever p.
 * Signs are fixed so the path starts at α ≥ 0, β ≥ 0. Needs at least three
 * snapshots and a path that does not lie on a line.
 */
export function pathPlane(snapshots: readonly ArrayLike<number>[]): PathPlane {
  const m = snapshots.length - 1;
  if (m < 2) throw new CoreError('empty', 'a training path needs at least three recorded points for a plane');
  const final = snapshots[m]!;
  const p = final.length;
  const rows: Float64Array[] = [];
  for (let i = 0; i < m; i++) {
    const s = snapshots[i]!;
    if (s.length !== p) throw new CoreError('mismatch', `snapshot ${i} has ${s.length} parameters, the last has ${p}`);
    const r = new Float64Array(p);
    for (let k = 0; k < p; k++) r[k] = s[k]! - final[k]!;
    rows.push(r);
  }
  const mean = new Float64Array(p);
  for (const r of rows) for (let k = 0; k < p; k++) mean[k]! += r[k]! / m;
  const centred = rows.map((r) => r.map((v, k) => v - mean[k]!));
  const gram = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      let s = 0;
      const ra = centred[a]!;
      const rb = centred[b]!;
      for (let k = 0; k < p; k++) s += ra[k]! * rb[k]!;
      gram[a * m + b] = s;
      gram[b * m + a] = s;
    }
  }
  const eig = symmetricEigen({ rows: m, cols: m, data: gram });
  let total = 0;
  for (const v of eig.values) total += Math.max(v, 0);
  const directions: Float64Array[] = [];
  const shares: number[] = [];
  for (const k of [m - 1, m - 2]) {
    const lambda = eig.values[k]!;
    if (!(lambda > 1e-12 * total) || !(total > 0)) {
      throw new CoreError('singular', 'the training path barely moved or moved along a line: it spans no plane');
    }
    const d = new Float64Array(p);
    for (let a = 0; a < m; a++) {
      const u = eig.vectors.data[a * m + k]!;
      const r = centred[a]!;
      for (let q = 0; q < p; q++) d[q]! += u * r[q]!;
    }
    const len = Math.sqrt(d.reduce((s, v) => s + v * v, 0));
    for (let q = 0; q < p; q++) d[q]! /= len;
    directions.push(d);
    shares.push(lambda / total);
  }
  const project = (d: Float64Array): Float64Array =>
    Float64Array.from(snapshots, (s) => {
      let t = 0;
      for (let q = 0; q < p; q++) t += (s[q]! - final[q]!) * d[q]!;
      return t;
    });
  let [d1, d2] = directions as [Float64Array, Float64Array];
  let alpha = project(d1);
  let beta = project(d2);
  if (alpha[0]! < 0) {
    d1 = d1.map((v) => -v);
    alpha = alpha.map((v) => -v);
  }
  if (beta[0]! < 0) {
    d2 = d2.map((v) => -v);
    beta = beta.map((v) => -v);
  }
  alpha[m] = 0;
  beta[m] = 0;
  return { d1, d2, explained: [shares[0]!, shares[1]!], alpha, beta };
}
