import { describe, expect, it } from 'vitest';
import { toySet } from '~/core/data/toy-sets';
import { CoreError } from '~/core/errors';
import {
  filterNormalisedDirection,
  filterNorms,
  initialParameters,
  lossLandscape,
  mlpLayout,
  networkLoss,
  pathPlane,
  planeWindow,
  train,
} from '~/core/nn';
import { adam, configure } from '~/core/optim';
import { RandomState } from '~/core/random/randomState';
import { readNnFixture } from '../../../fixtures/nn/fixture';

const layout = mlpLayout([2, 8, 8, 1]);
const loss = networkLoss(layout, 'tanh', toySet('two-moons').make({ n: 200, seed: 0, noise: 0.1 }));
const run = train(loss, configure(adam, { learningRate: 0.01 }), initialParameters(layout, 'tanh', 1), { steps: 600 });

describe('filter-normalised directions (Li et al. 2018)', () => {
  const rs = new RandomState(2);
  const d = filterNormalisedDirection(layout, run.theta, rs);

  it('every filter of the direction has the norm of the same filter in θ', () => {
    const want = filterNorms(layout, run.theta);
    const got = filterNorms(layout, d);
    want.forEach((layer, l) => layer.forEach((norm, j) => expect(got[l]![j]!).toBeCloseTo(norm, 9)));
  });

  it('bias entries are zero', () => {
    for (const s of layout.layers) for (let j = 0; j < s.nOut; j++) expect(d[s.biasOffset + j]).toBe(0);
  });

  it('matches numpy given the same θ and seed', () => {
    for (const c of readNnFixture().networks) {
      const l = mlpLayout(c.sizes);
      const got = filterNormalisedDirection(l, c.theta, new RandomState(11));
      c.direction.forEach((v, k) => expect(Math.abs(got[k]! - v)).toBeLessThan(1e-14 * (1 + Math.abs(v))));
    }
  });

  it('a second draw from the same stream is a different direction', () => {
    const d2 = filterNormalisedDirection(layout, run.theta, rs);
    let dot = 0;
    let n1 = 0;
    let n2 = 0;
    d.forEach((v, k) => {
      dot += v * d2[k]!;
      n1 += v * v;
      n2 += d2[k]! ** 2;
    });
    expect(Math.abs(dot) / Math.sqrt(n1 * n2)).toBeLessThan(0.5);
  });
});

describe('the loss landscape around trained parameters', () => {
  const rs = new RandomState(2);
  const d1 = filterNormalisedDirection(layout, run.theta, rs);
  const d2 = filterNormalisedDirection(layout, run.theta, rs);
  const grid = lossLandscape(loss, run.theta, d1, d2, { x: [-1, 1], y: [-1, 1], nx: 21, ny: 21 });

  it('is lowest at the centre, where it equals the trained loss', () => {
    expect(grid.argmin).toMatchObject({ i: 10, j: 10, x: 0, y: 0 });
    expect(grid.values[10 * 21 + 10]).toBe(loss.value(run.theta));
    expect(grid.max).toBeGreaterThan(10 * grid.min);
  });

  it('values[j·nx + i] is the loss at θ + α_i d₁ + β_j d₂', () => {
    const p = run.theta.map((v, k) => v + -0.8 * d1[k]! + 0.3 * d2[k]!);
    expect(grid.values[13 * 21 + 2]).toBeCloseTo(loss.value(p), 12);
  });

  it('refuses directions of the wrong size', () => {
    expect(() => lossLandscape(loss, run.theta, d1.subarray(1), d2, { x: [-1, 1], y: [-1, 1], nx: 3, ny: 3 })).toThrow(
      CoreError,
    );
  });
});

describe('the plane of the training path (PCA)', () => {
  const plane = pathPlane(run.snapshots);

  it('two orthonormal directions, their variance shares, the path ending at the origin', () => {
    let d11 = 0;
    let d22 = 0;
    let d12 = 0;
    plane.d1.forEach((v, k) => {
      d11 += v * v;
      d22 += plane.d2[k]! ** 2;
      d12 += v * plane.d2[k]!;
    });
    expect(d11).toBeCloseTo(1, 12);
    expect(d22).toBeCloseTo(1, 12);
    expect(d12).toBeCloseTo(0, 10);
    const [r1, r2] = plane.explained;
    expect(r1).toBeGreaterThanOrEqual(r2);
    expect(r1 + r2).toBeLessThanOrEqual(1 + 1e-12);
    expect(r1 + r2).toBeGreaterThan(0.5);
    expect(plane.alpha.length).toBe(run.snapshots.length);
    expect(plane.alpha[plane.alpha.length - 1]).toBe(0);
    expect(plane.alpha[0]).toBeGreaterThan(0);
    expect(plane.beta[0]).toBeGreaterThanOrEqual(0);
  });

  it('agrees with PCA computed the long way (covariance eigenvectors by power iteration)', () => {
    const final = run.snapshots[run.snapshots.length - 1]!;
    const rows = run.snapshots.slice(0, -1).map((s) => s.map((v, k) => v - final[k]!));
    const p = final.length;
    const mean = new Float64Array(p);
    rows.forEach((r) => r.forEach((v, k) => (mean[k]! += v / rows.length)));
    const c = rows.map((r) => r.map((v, k) => v - mean[k]!));
    let v = Float64Array.from({ length: p }, (_, k) => Math.cos(k + 1));
    for (let it = 0; it < 500; it++) {
      const w = new Float64Array(p);
      for (const r of c) {
        let t = 0;
        r.forEach((x, k) => (t += x * v[k]!));
        r.forEach((x, k) => (w[k]! += t * x));
      }
      const len = Math.hypot(...w);
      v = w.map((x) => x / len);
    }
    let cos = 0;
    v.forEach((x, k) => (cos += x * plane.d1[k]!));
    expect(Math.abs(cos)).toBeCloseTo(1, 6);
  });

  it('a window that holds the whole path and the origin', () => {
    const w = planeWindow(plane.alpha, plane.beta);
    for (let i = 0; i < plane.alpha.length; i++) {
      expect(plane.alpha[i]! > w.x[0] && plane.alpha[i]! < w.x[1]).toBe(true);
      expect(plane.beta[i]! > w.y[0] && plane.beta[i]! < w.y[1]).toBe(true);
    }
    expect(w.x[1] - w.x[0]).toBeCloseTo(w.y[1] - w.y[0], 12);
  });

  it('needs a path that spans a plane', () => {
    const t = run.snapshots[0]!;
    expect(() => pathPlane([t, t])).toThrow(CoreError);
    expect(() => pathPlane([t, t, t, t])).toThrow(CoreError);
  });
});
